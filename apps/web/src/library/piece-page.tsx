import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { timeZone } from '../context';
import { formatDateTime } from '../lib/format';
import { formText } from '../lib/forms';
import { qk } from '../lib/query-keys';
import { useInstruments } from '../musicians/use-instruments';
import { Empty, ErrorNote, Field, Loading, PageTitle } from '../ui/kit';

type Piece = components['schemas']['LibraryPieceDetailView'];
const KINDS = [
  'part',
  'full_score',
  'conductor_score',
  'condensed_score',
  'audio',
  'licence',
  'other',
] as const;
const DIFFICULTIES = ['grade_1', 'grade_2', 'grade_3', 'grade_4', 'grade_5', 'grade_6'] as const;

/** Opens a file through a short-lived signed link (the link itself is never shown or kept). */
async function download(fileId: string) {
  const link = await unwrap(
    api.POST('/api/library/files/{fileId}/link', { params: { path: { fileId } } }),
  );
  window.location.assign(link.url);
}

function Details({ piece }: { piece: Piece }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const save = useMutation({
    mutationFn: (body: components['schemas']['UpdatePieceDto']) =>
      unwrap(
        api.PATCH('/api/library/pieces/{pieceId}', {
          params: { path: { pieceId: piece.pieceId } },
          body,
        }),
      ),
    onSuccess: (p) => client.setQueryData(qk('piece', piece.pieceId), p),
  });
  const submit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const d = new FormData(ev.currentTarget);
    const text = (k: string) => formText(d, k).trim() || null;
    const minutes = Number(formText(d, 'minutes'));
    save.mutate({
      title: formText(d, 'title').trim(),
      subtitle: text('subtitle'),
      composer: text('composer'),
      arranger: text('arranger'),
      publisher: text('publisher'),
      catalogNumber: text('catalogNumber'),
      genre: text('genre'),
      notes: text('notes'),
      difficulty: (text('difficulty') as Piece['difficulty']) ?? null,
      durationSeconds: minutes > 0 ? Math.round(minutes * 60) : null,
      tags: formText(d, 'tags')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      isArchived: d.get('isArchived') === 'on',
    });
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="piece-details">
      <h2 id="piece-details">{t('library.details')}</h2>
      <Field label={t('library.pieceTitle')}>
        {(p) => <input {...p} name="title" defaultValue={piece.title} required />}
      </Field>
      <Field label={t('library.subtitle')}>
        {(p) => <input {...p} name="subtitle" defaultValue={piece.subtitle ?? ''} />}
      </Field>
      <Field label={t('library.composer')}>
        {(p) => <input {...p} name="composer" defaultValue={piece.composer ?? ''} />}
      </Field>
      <Field label={t('library.arranger')}>
        {(p) => <input {...p} name="arranger" defaultValue={piece.arranger ?? ''} />}
      </Field>
      <Field label={t('library.publisher')}>
        {(p) => <input {...p} name="publisher" defaultValue={piece.publisher ?? ''} />}
      </Field>
      <Field label={t('library.catalogNumber')}>
        {(p) => <input {...p} name="catalogNumber" defaultValue={piece.catalogNumber ?? ''} />}
      </Field>
      <Field label={t('library.difficulty')}>
        {(p) => (
          <select {...p} name="difficulty" defaultValue={piece.difficulty ?? ''}>
            <option value="">—</option>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {t('library.grade', { n: d.slice(-1) })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('library.minutes')}>
        {(p) => (
          <input
            {...p}
            name="minutes"
            type="number"
            min="0"
            step="0.5"
            defaultValue={piece.durationSeconds ? piece.durationSeconds / 60 : ''}
          />
        )}
      </Field>
      <Field label={t('library.genre')}>
        {(p) => <input {...p} name="genre" defaultValue={piece.genre ?? ''} />}
      </Field>
      <Field label={t('library.tags')} hint={t('library.tagsHint')}>
        {(p) => <input {...p} name="tags" defaultValue={piece.tags.join(', ')} />}
      </Field>
      <Field label={t('library.notes')}>
        {(p) => <textarea {...p} name="notes" rows={3} defaultValue={piece.notes ?? ''} />}
      </Field>
      <label className="check">
        <input type="checkbox" name="isArchived" defaultChecked={piece.isArchived} />{' '}
        {t('library.archived')}
      </label>
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('common.save')}
        </button>
        {save.isSuccess && <span role="status">{t('library.saved')}</span>}
      </div>
      <ErrorNote error={save.error} />
    </form>
  );
}

function Files({ piece }: { piece: Piece }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<(typeof KINDS)[number]>('part');
  const refresh = () => client.invalidateQueries({ queryKey: qk('piece', piece.pieceId) });
  const upload = useMutation({
    mutationFn: () => {
      const form = new FormData();
      form.append('kind', kind);
      form.append('file', file!);
      return unwrap(
        api.POST('/api/library/pieces/{pieceId}/files', {
          params: { path: { pieceId: piece.pieceId } },
          body: { kind },
          bodySerializer: () => form,
        }),
      );
    },
    onSuccess: () => (setFile(null), void refresh()),
  });
  const remove = useMutation({
    mutationFn: (fileId: string) =>
      unwrap(api.DELETE('/api/library/files/{fileId}', { params: { path: { fileId } } })),
    onSuccess: refresh,
  });
  const open = useMutation({ mutationFn: download });
  return (
    <section className="card" aria-labelledby="piece-files">
      <h2 id="piece-files">{t('library.files')}</h2>
      {piece.files.length === 0 ? (
        <Empty>{t('library.noFiles')}</Empty>
      ) : (
        <ul className="plain">
          {piece.files.map((f) => (
            <li key={f.fileId} className="row">
              <span>
                {f.fileName}{' '}
                <span className="muted">
                  ({t(`library.kind.${f.kind}`)}, {Math.ceil(f.size / 1024)} kB,{' '}
                  {t('library.downloads', { count: f.downloads })})
                </span>
              </span>
              <button type="button" onClick={() => open.mutate(f.fileId)}>
                {t('library.download', { name: f.fileName })}
              </button>
              <button
                type="button"
                className="link"
                onClick={() =>
                  window.confirm(t('library.confirmDeleteFile', { name: f.fileName })) &&
                  remove.mutate(f.fileId)
                }
              >
                {t('library.deleteFile', { name: f.fileName })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="row" onSubmit={(e) => (e.preventDefault(), file && upload.mutate())}>
        <Field label={t('library.file')} hint={t('library.fileHint')}>
          {(p) => (
            <input
              {...p}
              type="file"
              accept=".pdf,.png,.jpg,.jpeg,.mp3,.wav,.ogg,.m4a,.musicxml,.mxl"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          )}
        </Field>
        <Field label={t('library.fileKind')}>
          {(p) => (
            <select {...p} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`library.kind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" disabled={!file || upload.isPending}>
          {t('library.upload')}
        </button>
      </form>
      <ErrorNote error={upload.error ?? remove.error ?? open.error} />
    </section>
  );
}

function Parts({ piece }: { piece: Piece }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const instruments = useInstruments();
  const refresh = () => client.invalidateQueries({ queryKey: qk('piece', piece.pieceId) });
  const add = useMutation({
    mutationFn: (body: components['schemas']['CreatePartDto']) =>
      unwrap(
        api.POST('/api/library/pieces/{pieceId}/parts', {
          params: { path: { pieceId: piece.pieceId } },
          body,
        }),
      ),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (partId: string) =>
      unwrap(api.DELETE('/api/library/parts/{partId}', { params: { path: { partId } } })),
    onSuccess: refresh,
  });
  const submit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const form = ev.currentTarget;
    const d = new FormData(form);
    const instrumentId = Number(formText(d, 'instrumentId')) || null;
    add.mutate(
      { name: formText(d, 'name').trim(), instrumentId, fileId: formText(d, 'fileId') || null },
      { onSuccess: () => form.reset() },
    );
  };
  return (
    <section className="card" aria-labelledby="piece-parts">
      <h2 id="piece-parts">{t('library.parts')}</h2>
      {piece.parts.length === 0 ? (
        <Empty>{t('library.noParts')}</Empty>
      ) : (
        <ul className="plain">
          {piece.parts.map((p) => (
            <li key={p.partId} className="row">
              <span>
                <strong>{p.name}</strong>
                {p.instrument && <span className="muted"> · {p.instrument}</span>}
                {p.fileId && (
                  <span className="muted">
                    {' '}
                    · {piece.files.find((f) => f.fileId === p.fileId)?.fileName}
                  </span>
                )}
              </span>
              <button
                type="button"
                className="link"
                aria-label={t('library.removePart', { name: p.name })}
                onClick={() => remove.mutate(p.partId)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="row" onSubmit={submit}>
        <Field label={t('library.partName')}>
          {(p) => <input {...p} name="name" required maxLength={100} placeholder="Flute 1" />}
        </Field>
        <Field label={t('library.instrument')}>
          {(p) => (
            <select {...p} name="instrumentId" defaultValue="">
              <option value="">—</option>
              {(instruments.data ?? []).map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('library.partFile')}>
          {(p) => (
            <select {...p} name="fileId" defaultValue="">
              <option value="">—</option>
              {piece.files.map((f) => (
                <option key={f.fileId} value={f.fileId}>
                  {f.fileName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" disabled={add.isPending}>
          {t('library.addPart')}
        </button>
      </form>
      <ErrorNote error={add.error ?? remove.error} />
    </section>
  );
}

/** A concert that plays the piece: put it on the programme, then hand out its parts. */
function Concerts({ piece }: { piece: Piece }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [eventId, setEventId] = useState('');
  const events = useQuery({
    queryKey: qk('events', 'coming'),
    queryFn: () =>
      unwrap(
        api.GET('/api/events', {
          params: { query: { from: new Date().toISOString(), pageSize: 200 } },
        }),
      ),
  });
  const event = useQuery({
    queryKey: qk('event', eventId),
    enabled: !!eventId,
    queryFn: () => unwrap(api.GET('/api/events/{id}', { params: { path: { id: eventId } } })),
  });
  const assignments = useQuery({
    queryKey: qk('event', eventId, 'assignments'),
    enabled: !!eventId,
    queryFn: () =>
      unwrap(
        api.GET('/api/library/events/{eventId}/assignments', { params: { path: { eventId } } }),
      ),
  });
  const members = useQuery({
    queryKey: qk('musicians', 'members'),
    queryFn: () =>
      unwrap(api.GET('/api/musicians', { params: { query: { pageSize: 200, archived: false } } })),
  });
  const onProgramme = event.data?.programme.some((p) => p.pieceId === piece.pieceId) ?? false;
  const addToProgramme = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/events/{id}/programme', {
          params: { path: { id: eventId } },
          body: {
            pieces: [
              ...event.data!.programme.map((p) => ({
                title: p.title,
                composer: p.composer ?? undefined,
                pieceId: p.pieceId ?? undefined,
              })),
              { title: piece.title, composer: piece.composer ?? undefined, pieceId: piece.pieceId },
            ],
          },
        }),
      ),
    onSuccess: (e) => client.setQueryData(qk('event', eventId), e),
  });
  const assign = useMutation({
    mutationFn: (body: components['schemas']['AssignPartDto']) =>
      unwrap(api.POST('/api/library/assignments', { body })),
    onSuccess: (list) => client.setQueryData(qk('event', eventId, 'assignments'), list),
  });
  const unassign = useMutation({
    mutationFn: (id: number) =>
      unwrap(api.DELETE('/api/library/assignments/{id}', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: qk('event', eventId, 'assignments') }),
  });
  const submit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const d = new FormData(ev.currentTarget);
    const musicianIds = d.getAll('musicianIds').filter((v): v is string => typeof v === 'string');
    assign.mutate({ eventId, partId: formText(d, 'partId'), musicianIds });
  };
  const mine = (assignments.data?.items ?? []).filter((a) => a.pieceId === piece.pieceId);
  return (
    <section className="card" aria-labelledby="piece-concerts">
      <h2 id="piece-concerts">{t('library.concerts')}</h2>
      <Field label={t('library.event')}>
        {(p) => (
          <select {...p} value={eventId} onChange={(e) => setEventId(e.target.value)}>
            <option value="">—</option>
            {(events.data?.items ?? []).map((e) => (
              <option key={e.id} value={e.id}>
                {e.title} · {formatDateTime(e.startsAt, i18n.language, timeZone)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {eventId && event.data && !onProgramme && (
        <p className="row">
          {t('library.notOnProgramme')}{' '}
          <button
            type="button"
            onClick={() => addToProgramme.mutate()}
            disabled={addToProgramme.isPending}
          >
            {t('library.addToProgramme')}
          </button>
        </p>
      )}
      {eventId && onProgramme && (
        <>
          <p className="muted">
            {t('library.onProgramme')} <Link to={`/events/${eventId}`}>{event.data?.title}</Link>
          </p>
          {piece.parts.length === 0 ? (
            <Empty>{t('library.noParts')}</Empty>
          ) : (
            <form onSubmit={submit}>
              <Field label={t('library.part')}>
                {(p) => (
                  <select {...p} name="partId" required>
                    {piece.parts.map((part) => (
                      <option key={part.partId} value={part.partId}>
                        {part.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <fieldset>
                <legend>{t('library.players')}</legend>
                {(members.data?.items ?? []).map((m) => (
                  <label key={m.id} className="check">
                    <input type="checkbox" name="musicianIds" value={m.id} /> {m.firstName}{' '}
                    {m.lastName}
                  </label>
                ))}
              </fieldset>
              <button type="submit" className="primary" disabled={assign.isPending}>
                {t('library.assign')}
              </button>
            </form>
          )}
          {mine.length > 0 && (
            <ul className="plain" aria-label={t('library.assigned')}>
              {mine.map((a) => (
                <li key={a.assignmentId} className="row">
                  <span>
                    {a.part}: {a.musician}
                  </span>
                  <button
                    type="button"
                    className="link"
                    aria-label={t('library.unassign', { part: a.part, name: a.musician })}
                    onClick={() => unassign.mutate(a.assignmentId)}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <ErrorNote error={addToProgramme.error ?? assign.error ?? unassign.error} />
    </section>
  );
}

export function PiecePage() {
  const { t } = useTranslation();
  const { pieceId = '' } = useParams();
  const q = useQuery({
    queryKey: qk('piece', pieceId),
    queryFn: () =>
      unwrap(api.GET('/api/library/pieces/{pieceId}', { params: { path: { pieceId } } })),
  });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorNote error={q.error} />;
  const piece = q.data;
  return (
    <>
      <p>
        <Link to="/library">← {t('library.title')}</Link>
      </p>
      <PageTitle>
        {piece.title}
        {piece.composer && <span className="muted"> · {piece.composer}</span>}
      </PageTitle>
      <Files piece={piece} />
      <Parts piece={piece} />
      <Concerts piece={piece} />
      <Details key={piece.title + piece.catalogNumber} piece={piece} />
    </>
  );
}
