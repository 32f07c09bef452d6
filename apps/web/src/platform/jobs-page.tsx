import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../api/client';
import { timeZone } from '../context';
import { formatDateTime } from '../lib/format';
import { qk } from '../lib/query-keys';
import { Empty, ErrorNote, Loading, Pager, PageTitle } from '../ui/kit';

const PAGE_SIZE = 50;

/** Jobs that used up their retries, with the last error, and a way to run each again. */
export function JobsPage() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [page, setPage] = useState(1);
  const query = { ...(name.trim() ? { name: name.trim() } : {}), page, pageSize: PAGE_SIZE };
  const q = useQuery({
    queryKey: qk('failed-jobs', query),
    queryFn: () => unwrap(api.GET('/platform/jobs/failed', { params: { query } })),
    placeholderData: keepPreviousData,
    refetchInterval: 15_000,
  });
  const retry = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/platform/jobs/{id}/retry', { params: { path: { id } } })),
    onSettled: () => void client.invalidateQueries({ queryKey: qk('failed-jobs') }),
  });
  return (
    <>
      <PageTitle>{t('nav.failedJobs')}</PageTitle>
      <p className="muted">{t('jobs.lead')}</p>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('jobs.queue')}{' '}
          <input
            type="search"
            value={name}
            placeholder="billing.stripe-event"
            onChange={(e) => (setName(e.target.value), setPage(1))}
          />
        </label>
      </form>
      {retry.isSuccess && (
        <p className="note" role="status">
          {t('jobs.retried', { name: retry.data.name })}
        </p>
      )}
      <ErrorNote error={retry.error} />
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorNote error={q.error} />
      ) : q.data.items.length === 0 ? (
        <Empty>{t('jobs.none')}</Empty>
      ) : (
        <div className="table-wrap">
          <table aria-label={t('nav.failedJobs')}>
            <thead>
              <tr>
                <th scope="col">{t('jobs.failedAt')}</th>
                <th scope="col">{t('jobs.queue')}</th>
                <th scope="col">{t('jobs.error')}</th>
                <th scope="col">{t('jobs.attempts')}</th>
                <th scope="col">{t('jobs.data')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('jobs.retry')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {q.data.items.map((j) => (
                <tr key={j.id}>
                  <td>{j.failedOn ? formatDateTime(j.failedOn, i18n.language, timeZone) : '–'}</td>
                  <td>
                    <code>{j.name}</code>
                  </td>
                  <td>{j.error}</td>
                  <td>{j.retryCount + 1}</td>
                  <td>
                    <code className="muted">{JSON.stringify(j.data ?? {}).slice(0, 120)}</code>
                  </td>
                  <td>
                    <button
                      type="button"
                      onClick={() => retry.mutate(j.id)}
                      disabled={retry.isPending}
                    >
                      {t('jobs.retry')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {q.data && (
        <Pager
          page={page}
          pages={Math.max(1, Math.ceil(q.data.total / PAGE_SIZE))}
          onPage={setPage}
        />
      )}
    </>
  );
}
