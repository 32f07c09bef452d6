import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { api, unwrap } from '../api/client';
import { qk } from '../lib/query-keys';
import { PersonalDataPanel } from '../privacy/personal-data-panel';
import { InstrumentsPlayed } from '../season/instruments-played';
import { MembershipPanel } from '../season/membership-panel';
import { ErrorNote, Loading, PageTitle } from '../ui/kit';
import { MusicianForm, type MusicianValues } from './musician-form';
import { useInstruments } from './use-instruments';

function Qualifications({ id }: { id: string }) {
  const { t } = useTranslation();
  const instruments = useInstruments();
  const client = useQueryClient();
  const current = useQuery({
    queryKey: qk('musician', id, 'qualifications'),
    queryFn: () =>
      unwrap(api.GET('/api/musicians/{id}/qualifications', { params: { path: { id } } })),
  });
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  useEffect(() => {
    if (current.data) setChosen(new Set(current.data.positionIds));
  }, [current.data]);
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/musicians/{id}/qualifications', {
          params: { path: { id } },
          body: { positionIds: [...chosen] },
        }),
      ),
    onSuccess: (r) => client.setQueryData(qk('musician', id, 'qualifications'), r),
  });
  if (instruments.isPending || current.isPending) return <Loading />;
  return (
    <section className="card" aria-labelledby="qual-title">
      <h2 id="qual-title">{t('musicians.qualifications')}</h2>
      <p className="muted">{t('musicians.qualificationsLead')}</p>
      {(instruments.data ?? []).map((i) => (
        <fieldset key={i.id}>
          <legend>{i.name}</legend>
          {i.positions.map((p) => (
            <label key={p.id} className="inline">
              <input
                type="checkbox"
                checked={chosen.has(p.id)}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.target.checked) next.add(p.id);
                  else next.delete(p.id);
                  setChosen(next);
                }}
              />{' '}
              {p.name}
            </label>
          ))}
        </fieldset>
      ))}
      <ErrorNote error={save.error} />
      {save.isSuccess && <p role="status">{t('common.saved')}</p>}
      <button
        type="button"
        className="primary"
        disabled={save.isPending}
        onClick={() => save.mutate()}
      >
        {t('musicians.saveQualifications')}
      </button>
    </section>
  );
}

function Stats({ id }: { id: string }) {
  const { t } = useTranslation();
  const q = useQuery({
    queryKey: qk('musician', id, 'stats'),
    queryFn: () => unwrap(api.GET('/api/musicians/{id}/stats', { params: { path: { id } } })),
  });
  if (!q.data) return null;
  const s = q.data;
  return (
    <section className="card" aria-labelledby="stats-title">
      <h2 id="stats-title">{t('musicians.stats')}</h2>
      <dl className="stats">
        <dt>{t('musicians.received')}</dt>
        <dd>{s.received}</dd>
        <dt>{t('status.accepted')}</dt>
        <dd>{s.accepted}</dd>
        <dt>{t('status.declined')}</dt>
        <dd>{s.declined}</dd>
        <dt>{t('status.timeout')}</dt>
        <dd>{s.timedOut}</dd>
        <dt>{t('musicians.medianAnswer')}</dt>
        <dd>
          {s.medianMinutesToAnswer === null
            ? '–'
            : t('musicians.minutes', { count: s.medianMinutesToAnswer })}
        </dd>
      </dl>
    </section>
  );
}

export function MusicianPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const client = useQueryClient();
  const m = useQuery({
    queryKey: qk('musician', id),
    queryFn: () => unwrap(api.GET('/api/musicians/{id}', { params: { path: { id } } })),
  });
  const refresh = (data: unknown) => {
    client.setQueryData(qk('musician', id), data);
    void client.invalidateQueries({ queryKey: qk('musicians') });
  };
  const update = useMutation({
    mutationFn: (v: MusicianValues) =>
      unwrap(
        api.PATCH('/api/musicians/{id}', {
          params: { path: { id } },
          body: { ...v, phone: v.phone || null, notes: v.notes || null },
        }),
      ),
    onSuccess: refresh,
  });
  const archive = useMutation({
    mutationFn: (archived: boolean) =>
      unwrap(
        archived
          ? api.POST('/api/musicians/{id}/archive', { params: { path: { id } } })
          : api.POST('/api/musicians/{id}/restore', { params: { path: { id } } }),
      ),
    onSuccess: refresh,
  });
  if (m.isPending) return <Loading />;
  if (m.isError) return <ErrorNote error={m.error} />;
  const musician = m.data;
  return (
    <>
      <PageTitle
        actions={
          <button
            type="button"
            onClick={() => archive.mutate(!musician.isArchived)}
            disabled={archive.isPending}
          >
            {musician.isArchived ? t('musicians.restore') : t('musicians.archive')}
          </button>
        }
      >
        {musician.firstName} {musician.lastName}
        {musician.isArchived && <span className="badge">{t('musicians.archived')}</span>}
      </PageTitle>
      <ErrorNote error={archive.error} />
      <MusicianForm
        key={musician.updatedAt}
        initial={musician}
        submitLabel={t('common.save')}
        onSubmit={(v) => update.mutateAsync(v)}
      />
      {update.isSuccess && <p role="status">{t('common.saved')}</p>}
      <MembershipPanel musician={musician} />
      <InstrumentsPlayed id={id} />
      <Qualifications id={id} />
      <Stats id={id} />
      <PersonalDataPanel musicianId={id} name={`${musician.firstName} ${musician.lastName}`} />
    </>
  );
}
