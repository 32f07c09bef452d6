import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { timeZone } from '../context';
import { formatDateTime, instantIn } from '../lib/format';
import { formText } from '../lib/forms';
import { qk } from '../lib/query-keys';
import { Empty, ErrorNote, Field, Loading, PageTitle, StatusBadge } from '../ui/kit';

type Announcement = components['schemas']['AnnouncementView'];
const STATUSES = [
  'active',
  'inactive',
  'leave_of_absence',
  'audition',
  'pending',
  'substitute',
  'alumni',
] as const;

function Receipts({ a }: { a: Announcement }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const detail = useQuery({
    queryKey: qk('announcement', a.announcementId),
    queryFn: () =>
      unwrap(api.GET('/api/announcements/{id}', { params: { path: { id: a.announcementId } } })),
  });
  const act = useMutation({
    mutationFn: (what: 'publish' | 'archive') =>
      what === 'publish'
        ? unwrap(
            api.POST('/api/announcements/{id}/publish', {
              params: { path: { id: a.announcementId } },
            }),
          )
        : unwrap(
            api.POST('/api/announcements/{id}/archive', {
              params: { path: { id: a.announcementId } },
            }),
          ),
    onSuccess: () => client.invalidateQueries({ queryKey: qk('announcements') }),
  });
  return (
    <div>
      <p style={{ whiteSpace: 'pre-line' }}>{a.body}</p>
      <div className="actions">
        {a.status === 'draft' && (
          <button type="button" className="primary" onClick={() => act.mutate('publish')}>
            {t('announcements.publish')}
          </button>
        )}
        {a.status === 'published' && (
          <button type="button" onClick={() => act.mutate('archive')}>
            {t('announcements.archive')}
          </button>
        )}
      </div>
      {(detail.data?.receipts.length ?? 0) > 0 && (
        <div className="table-wrap">
          <table className="table" aria-label={t('announcements.receipts')}>
            <thead>
              <tr>
                <th scope="col">{t('announcements.member')}</th>
                <th scope="col">{t('announcements.readAt')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.data!.receipts.map((r) => (
                <tr key={r.musicianId}>
                  <td>{r.name}</td>
                  <td>
                    {r.readAt
                      ? formatDateTime(r.readAt, i18n.language, timeZone)
                      : t('announcements.unread')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorNote error={act.error ?? detail.error} />
    </div>
  );
}

/** Announcements to members: everyone, sections or statuses; urgent ones also by email and SMS. */
export function AnnouncementsPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [open, setOpen] = useState<string | null>(null);
  const list = useQuery({
    queryKey: qk('announcements'),
    queryFn: () => unwrap(api.GET('/api/announcements', { params: { query: { pageSize: 100 } } })),
  });
  const sections = useQuery({
    queryKey: qk('sections'),
    queryFn: () => unwrap(api.GET('/api/sections', { params: { query: { pageSize: 200 } } })),
  });
  const create = useMutation({
    mutationFn: (body: components['schemas']['CreateAnnouncementDto']) =>
      unwrap(api.POST('/api/announcements', { body })),
    onSuccess: (a) => (
      setOpen(a.announcementId),
      void client.invalidateQueries({ queryKey: qk('announcements') })
    ),
  });
  const submit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const form = ev.currentTarget;
    const d = new FormData(form);
    const day = formText(d, 'expiresOn');
    create.mutate(
      {
        title: formText(d, 'title').trim(),
        body: formText(d, 'body').trim(),
        isUrgent: d.get('isUrgent') === 'on',
        sectionIds: d.getAll('sectionIds').map(Number),
        statuses: d.getAll('statuses') as (typeof STATUSES)[number][],
        expiresAt: day ? instantIn(day, '23:59', timeZone).toISOString() : null,
        publish: d.get('publish') === 'on',
      },
      { onSuccess: () => form.reset() },
    );
  };
  return (
    <>
      <PageTitle>{t('announcements.title')}</PageTitle>
      <form className="card" onSubmit={submit} aria-labelledby="new-announcement">
        <h2 id="new-announcement">{t('announcements.new')}</h2>
        <Field label={t('announcements.subject')}>
          {(p) => <input {...p} name="title" required maxLength={200} />}
        </Field>
        <Field label={t('announcements.body')}>
          {(p) => <textarea {...p} name="body" required rows={4} />}
        </Field>
        <fieldset>
          <legend>{t('announcements.to')}</legend>
          <p className="muted">{t('announcements.toHint')}</p>
          {(sections.data?.items ?? []).map((s) => (
            <label key={s.id} className="check">
              <input type="checkbox" name="sectionIds" value={s.id} /> {s.name}
            </label>
          ))}
          {STATUSES.map((s) => (
            <label key={s} className="check">
              <input type="checkbox" name="statuses" value={s} /> {t(`membershipStatus.${s}`)}
            </label>
          ))}
        </fieldset>
        <Field label={t('announcements.expiresOn')}>
          {(p) => <input {...p} name="expiresOn" type="date" />}
        </Field>
        <label className="check">
          <input type="checkbox" name="isUrgent" /> {t('announcements.urgent')}
        </label>
        <label className="check">
          <input type="checkbox" name="publish" defaultChecked /> {t('announcements.publishNow')}
        </label>
        <div className="actions">
          <button type="submit" className="primary" disabled={create.isPending}>
            {t('announcements.send')}
          </button>
        </div>
        <ErrorNote error={create.error} />
      </form>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorNote error={list.error} />
      ) : list.data.items.length === 0 ? (
        <Empty>{t('announcements.none')}</Empty>
      ) : (
        <ul className="cards">
          {list.data.items.map((a) => (
            <li key={a.announcementId} className="card">
              <h2>
                <button
                  type="button"
                  className="link"
                  aria-expanded={open === a.announcementId}
                  onClick={() => setOpen(open === a.announcementId ? null : a.announcementId)}
                >
                  {a.title}
                </button>{' '}
                <StatusBadge status={a.status} />
                {a.isUrgent && <span className="badge">{t('announcements.urgentBadge')}</span>}
              </h2>
              <p className="muted">
                {[
                  ...a.sections.map((s) => s.name),
                  ...a.statuses.map((s) => t(`membershipStatus.${s}`)),
                ].join(', ') || t('announcements.everyone')}
                {a.status !== 'draft' &&
                  ` · ${t('announcements.readCount', { read: a.read, total: a.recipients })}`}
              </p>
              {open === a.announcementId && <Receipts a={a} />}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
