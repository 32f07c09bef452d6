import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../api/client';
import type { components, operations } from '../api/schema';
import { timeZone } from '../context';
import { formatDateTime, instantIn } from '../lib/format';
import { formText } from '../lib/forms';
import { qk } from '../lib/query-keys';
import { Empty, ErrorNote, Field, Loading, PageTitle } from '../ui/kit';

type Filter = NonNullable<operations['auditTrailList']['parameters']['query']>;
type AuditEvent = components['schemas']['AuditEventView'];

const show = (v: unknown) => (v === undefined ? '–' : JSON.stringify(v));

/** What an event changed: each field before and after (an update), or the row (add, delete). */
function Details({ e }: { e: AuditEvent }) {
  const { t } = useTranslation();
  const fields =
    e.operation === 'UPDATE' ? e.changed : Object.keys(e.after ?? e.before ?? {}).sort();
  if (fields.length === 0) return null;
  return (
    <details>
      <summary>{t('auditTrail.details')}</summary>
      <div className="table-wrap">
        <table className="table compact">
          <thead>
            <tr>
              <th scope="col">{t('auditTrail.field')}</th>
              <th scope="col">{t('auditTrail.before')}</th>
              <th scope="col">{t('auditTrail.after')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr key={f}>
                <td>
                  <code>{f}</code>
                </td>
                <td>{show(e.before?.[f])}</td>
                <td>{show(e.after?.[f])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/**
 * The ensemble's audit trail for its admins: every change to its data, newest first, with
 * who made it (a person, an API key, Tutti support) and what it changed; filtered by what
 * was changed, by the request, and by day.
 */
export function AuditTrailPage() {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<Filter>({});
  const tables = useQuery({
    queryKey: qk('audit-trail', 'tables'),
    queryFn: () => unwrap(api.GET('/api/audit/tables')),
  });
  const trail = useInfiniteQuery({
    queryKey: qk('audit-trail', 'events', filter),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/audit/events', {
          params: {
            query: { ...filter, pageSize: 50, ...(pageParam ? { cursor: pageParam } : {}) },
          },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const submit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const d = new FormData(ev.currentTarget);
    const day = formText(d, 'day');
    const next: Filter = {};
    if (formText(d, 'table')) next.table = formText(d, 'table');
    if (formText(d, 'recordId').trim()) next.recordId = formText(d, 'recordId').trim();
    if (formText(d, 'requestId').trim()) next.requestId = formText(d, 'requestId').trim();
    if (day) {
      const from = instantIn(day, '00:00', timeZone);
      next.from = from.toISOString();
      next.to = new Date(from.getTime() + 86_400_000).toISOString();
    }
    setFilter(next);
  };
  const items = trail.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageTitle>{t('nav.auditTrail')}</PageTitle>
      <p className="muted">{t('auditTrail.lead')}</p>
      <form className="filters card" role="search" onSubmit={submit}>
        <Field label={t('auditTrail.table')}>
          {(p) => (
            <select {...p} name="table" defaultValue="">
              <option value="">{t('auditTrail.allTables')}</option>
              {(tables.data?.tables ?? []).map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('auditTrail.recordId')}>
          {(p) => <input {...p} name="recordId" autoComplete="off" />}
        </Field>
        <Field label={t('auditTrail.requestId')}>
          {(p) => <input {...p} name="requestId" autoComplete="off" />}
        </Field>
        <Field label={t('auditTrail.day')}>{(p) => <input {...p} name="day" type="date" />}</Field>
        <button type="submit">{t('auditTrail.filter')}</button>
      </form>
      <ErrorNote error={tables.error ?? trail.error} />
      {trail.isPending ? (
        <Loading />
      ) : items.length === 0 ? (
        <Empty>{t('auditTrail.none')}</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-label={t('nav.auditTrail')}>
            <thead>
              <tr>
                <th scope="col">{t('auditTrail.when')}</th>
                <th scope="col">{t('auditTrail.who')}</th>
                <th scope="col">{t('auditTrail.what')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.id}>
                  <td>{formatDateTime(e.at, i18n.language, timeZone)}</td>
                  <td>
                    {e.actor ? (
                      <>
                        {e.actor.name}
                        {e.actor.kind !== 'user' && (
                          <span className="muted"> ({t(`auditTrail.kind.${e.actor.kind}`)})</span>
                        )}
                      </>
                    ) : (
                      <span className="muted">{t('auditTrail.nobody')}</span>
                    )}
                  </td>
                  <td>
                    {t(`auditTrail.op.${e.operation}`, { defaultValue: e.operation })}{' '}
                    <code>
                      {e.table} {e.recordId ?? ''}
                    </code>
                    {e.changed.length > 0 && <span className="muted"> {e.changed.join(', ')}</span>}
                    <Details e={e} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {trail.hasNextPage && (
        <button
          type="button"
          onClick={() => void trail.fetchNextPage()}
          disabled={trail.isFetchingNextPage}
        >
          {t('auditTrail.older')}
        </button>
      )}
    </>
  );
}
