import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';

import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { timeZone } from '../context';
import { formatDateTime, timeIn } from '../lib/format';
import { formText } from '../lib/forms';
import { qk } from '../lib/query-keys';
import { Empty, ErrorNote, Field, Loading, PageTitle } from '../ui/kit';
import { AttendancePanel } from './attendance-panel';
import { EventForm } from './event-form';

type EventDetail = components['schemas']['EventDetailView'];
type Piece = { title: string; composer: string };

const PUBLIC_TYPES = ['concert', 'social', 'other'];

function Programme({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [pieces, setPieces] = useState<Piece[]>(
    event.programme.map((p) => ({ title: p.title, composer: p.composer ?? '' })),
  );
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/events/{id}/programme', {
          params: { path: { id: event.id } },
          body: {
            pieces: pieces
              .filter((p) => p.title.trim())
              .map((p) => ({
                title: p.title.trim(),
                ...(p.composer.trim() ? { composer: p.composer.trim() } : {}),
              })),
          },
        }),
      ),
    onSuccess: (data) => client.setQueryData(qk('event', event.id), data),
  });
  const set = (i: number, patch: Partial<Piece>) =>
    setPieces((ps) => ps.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <section className="card" aria-labelledby="programme-title">
      <h2 id="programme-title">{t('events.programme')}</h2>
      {pieces.length === 0 && <Empty>{t('events.programmeEmpty')}</Empty>}
      <ol className="programme">
        {pieces.map((p, i) => (
          <li key={i} className="row">
            <input
              aria-label={`${t('events.piece')} ${i + 1}`}
              value={p.title}
              onChange={(e) => set(i, { title: e.target.value })}
            />
            <input
              aria-label={`${t('events.composer')} ${i + 1}`}
              placeholder={t('events.composer')}
              value={p.composer}
              onChange={(e) => set(i, { composer: e.target.value })}
            />
            {i > 0 && (
              <button
                type="button"
                aria-label={t('events.moveUp', { title: p.title || i + 1 })}
                onClick={() =>
                  setPieces((ps) => [...ps.slice(0, i - 1), ps[i], ps[i - 1], ...ps.slice(i + 1)])
                }
              >
                ↑
              </button>
            )}
            <button type="button" onClick={() => setPieces((ps) => ps.filter((_, j) => j !== i))}>
              {t('events.remove')}
            </button>
          </li>
        ))}
      </ol>
      <div className="actions">
        <button
          type="button"
          onClick={() => setPieces((ps) => [...ps, { title: '', composer: '' }])}
        >
          {t('events.addPiece')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={save.isPending}
          onClick={() => save.mutate()}
        >
          {t('events.saveProgramme')}
        </button>
      </div>
      <ErrorNote error={save.error} />
      {save.isSuccess && <p role="status">{t('common.saved')}</p>}
    </section>
  );
}

function Notes({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const sections = useQuery({
    queryKey: qk('sections'),
    queryFn: () => unwrap(api.GET('/api/sections', { params: { query: { pageSize: 200 } } })),
  });
  const add = useMutation({
    mutationFn: (body: { body: string; sectionId?: number }) =>
      unwrap(api.POST('/api/events/{id}/notes', { params: { path: { id: event.id } }, body })),
    onSuccess: (data) => client.setQueryData(qk('event', event.id), data),
  });
  const submit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const form = ev.currentTarget;
    const data = new FormData(form);
    const section = formText(data, 'sectionId');
    add.mutate(
      { body: formText(data, 'body'), ...(section ? { sectionId: Number(section) } : {}) },
      { onSuccess: () => form.reset() },
    );
  };
  return (
    <section className="card" aria-labelledby="notes-title">
      <h2 id="notes-title">{t('events.notes')}</h2>
      {event.notes.length === 0 ? (
        <Empty>{t('events.noNotes')}</Empty>
      ) : (
        <ul>
          {event.notes.map((n) => (
            <li key={n.id}>
              <strong>{n.section ? n.section.name : t('events.everyone')}:</strong> {n.body}
            </li>
          ))}
        </ul>
      )}
      <form className="form-grid" onSubmit={submit}>
        <Field label={t('events.note')}>
          {(p) => <textarea {...p} name="body" rows={2} required />}
        </Field>
        <Field label={t('events.noteFor')}>
          {(p) => (
            <select {...p} name="sectionId">
              <option value="">{t('events.everyone')}</option>
              {sections.data?.items.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <ErrorNote error={add.error} />
        <div className="actions">
          <button type="submit" disabled={add.isPending}>
            {t('events.addNote')}
          </button>
        </div>
      </form>
    </section>
  );
}

function Waitlist({ event }: { event: EventDetail }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  // In the order people joined, 100 at a time by cursor: a long list never shifts under you.
  const list = useInfiniteQuery({
    queryKey: qk('event', event.id, 'waitlist'),
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/events/{id}/waitlist', {
          params: {
            path: { id: event.id },
            query: { pageSize: 100, ...(pageParam ? { cursor: pageParam } : {}) },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const remove = useMutation({
    mutationFn: (entryId: string) =>
      unwrap(
        api.DELETE('/api/events/{id}/waitlist/{entryId}', {
          params: { path: { id: event.id, entryId } },
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: qk('event', event.id, 'waitlist') });
      void client.invalidateQueries({ queryKey: qk('event', event.id), exact: true });
    },
  });
  const when = (v: string | null) => (v ? formatDateTime(v, i18n.language, timeZone) : '');
  return (
    <section className="card" aria-labelledby="waitlist-title">
      <h2 id="waitlist-title">{t('waitlist.title')}</h2>
      <p>
        {t('waitlist.counts', {
          confirmed: event.places.confirmed,
          capacity: event.capacity,
          waiting: event.places.waiting,
          pending: event.places.pending,
        })}
      </p>
      <ErrorNote error={list.error ?? remove.error} />
      {list.data && rows.length === 0 && <Empty>{t('waitlist.none')}</Empty>}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('waitlist.email')}</th>
                <th scope="col">{t('waitlist.status')}</th>
                <th scope="col">{t('waitlist.joined')}</th>
                <th scope="col">{t('waitlist.confirmedAt')}</th>
                <th scope="col">{t('waitlist.placeAt')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {rows.map((w) => (
                <tr key={w.id}>
                  <td>{w.email}</td>
                  <td>
                    <span className={`badge badge-${w.status}`}>
                      {t(`waitlistStatus.${w.status}`)}
                    </span>
                  </td>
                  <td>{when(w.joinedAt)}</td>
                  <td>{when(w.emailConfirmedAt)}</td>
                  <td>{when(w.placeGivenAt)}</td>
                  <td>
                    {['pending', 'waiting', 'confirmed'].includes(w.status) && (
                      <button
                        type="button"
                        disabled={remove.isPending}
                        onClick={() => {
                          if (window.confirm(t('waitlist.confirmRemove', { email: w.email })))
                            remove.mutate(w.id);
                        }}
                      >
                        {t('waitlist.remove')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.hasNextPage && (
        <button
          type="button"
          disabled={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        >
          {t('waitlist.more')}
        </button>
      )}
    </section>
  );
}

export function EventPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const created = (useLocation().state as { created?: number } | null)?.created;
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const q = useQuery({
    queryKey: qk('event', id),
    queryFn: () => unwrap(api.GET('/api/events/{id}', { params: { path: { id } } })),
  });
  const navigate = useNavigate();
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/events/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: qk('events') });
      void navigate('/events');
    },
  });
  const status = useMutation({
    mutationFn: (next: 'published' | 'cancelled') =>
      unwrap(api.PATCH('/api/events/{id}', { params: { path: { id } }, body: { status: next } })),
    onSuccess: (data) => {
      client.setQueryData(qk('event', id), data);
      void client.invalidateQueries({ queryKey: qk('events') });
    },
  });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorNote error={q.error} />;
  const e = q.data;
  const isPublic = PUBLIC_TYPES.includes(e.type) && e.status !== 'draft';
  return (
    <>
      <PageTitle
        actions={
          <>
            {isPublic && (
              <a href={`/public/events/${e.slug}`} target="_blank" rel="noreferrer">
                {t('events.publicPage')}
              </a>
            )}
            <button type="button" onClick={() => setEditing((x) => !x)} aria-expanded={editing}>
              {t('events.edit')}
            </button>
            {e.status === 'draft' && (
              <button
                type="button"
                className="primary"
                disabled={status.isPending}
                onClick={() => status.mutate('published')}
              >
                {t('events.publish')}
              </button>
            )}
            {e.status === 'draft' && (
              <button
                type="button"
                className="danger"
                disabled={remove.isPending}
                onClick={() => {
                  if (window.confirm(t('events.confirmDelete'))) remove.mutate();
                }}
              >
                {t('events.deleteDraft')}
              </button>
            )}
            {e.status !== 'cancelled' && (
              <button
                type="button"
                disabled={status.isPending}
                onClick={() => {
                  if (window.confirm(t('events.confirmCancel'))) status.mutate('cancelled');
                }}
              >
                {t('events.cancelEvent')}
              </button>
            )}
          </>
        }
      >
        {e.title} <span className={`badge badge-${e.status}`}>{t(`eventStatus.${e.status}`)}</span>
      </PageTitle>
      {created && created > 1 && (
        <p role="status">{t('events.createdSeries', { count: created })}</p>
      )}
      <ErrorNote error={status.error ?? remove.error} />
      {editing && (
        <EventForm
          initial={e}
          onCancel={() => setEditing(false)}
          onCreated={() => {
            setEditing(false);
            void client.invalidateQueries({ queryKey: qk('event', id) });
            void client.invalidateQueries({ queryKey: qk('events') });
          }}
        />
      )}
      <section className="card" aria-labelledby="details-title">
        <h2 id="details-title">{t('events.details')}</h2>
        <dl className="stats">
          <dt>{t('events.type')}</dt>
          <dd>{t(`eventType.${e.type}`)}</dd>
          <dt>{t('events.when')}</dt>
          <dd>
            {formatDateTime(e.startsAt, i18n.language, timeZone)}–{timeIn(e.endsAt, timeZone)}
          </dd>
          {e.callTime && (
            <>
              <dt>{t('events.callTime')}</dt>
              <dd>{timeIn(e.callTime, timeZone)}</dd>
            </>
          )}
          {e.venue && (
            <>
              <dt>{t('events.venue')}</dt>
              <dd>{[e.venue.name, e.venue.address, e.venue.city].filter(Boolean).join(', ')}</dd>
            </>
          )}
          {e.dressCode && (
            <>
              <dt>{t('events.dressCode')}</dt>
              <dd>{e.dressCode}</dd>
            </>
          )}
          {e.project && (
            <>
              <dt>{t('events.project')}</dt>
              <dd>
                <Link to={`/projects/${e.project.id}`}>{e.project.name}</Link>
              </dd>
            </>
          )}
          {e.description && (
            <>
              <dt>{t('events.description')}</dt>
              <dd>{e.description}</dd>
            </>
          )}
        </dl>
      </section>
      <AttendancePanel eventId={e.id} />
      {e.type === 'concert' && <Programme key={e.id} event={e} />}
      <Notes event={e} />
      {e.capacity !== null && <Waitlist event={e} />}
    </>
  );
}
