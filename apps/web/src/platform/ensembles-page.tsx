import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { api, unwrap } from '../api/client';
import { qk } from '../lib/query-keys';
import { Empty, ErrorNote, Loading, Pager, PageTitle, StatusBadge } from '../ui/kit';

const STATUSES = ['provisioning', 'active', 'failed', 'suspended', 'deleted'] as const;
const PLANS = ['small', 'medium', 'large'] as const;

export function EnsemblesPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<(typeof STATUSES)[number] | ''>('');
  const [plan, setPlan] = useState<(typeof PLANS)[number] | ''>('');
  const [text, setText] = useState('');
  const [page, setPage] = useState(1);
  const query = {
    ...(status ? { status } : {}),
    ...(plan ? { plan } : {}),
    ...(text.trim() ? { q: text.trim() } : {}),
    page,
    pageSize: 50,
  };
  const q = useQuery({
    queryKey: qk('orchestras', query),
    queryFn: () => unwrap(api.GET('/platform/orchestras', { params: { query } })),
    placeholderData: keepPreviousData,
    refetchInterval: 5000,
  });
  const metrics = useQuery({
    queryKey: qk('metrics'),
    queryFn: () => unwrap(api.GET('/platform/metrics')),
    refetchInterval: 10_000,
  });
  const pages = q.data ? Math.max(1, Math.ceil(q.data.total / 50)) : 1;
  return (
    <>
      <PageTitle
        actions={
          <Link className="button primary" to="/ensembles/new">
            {t('nav.newEnsemble')}
          </Link>
        }
      >
        {t('nav.ensembles')}
      </PageTitle>
      {metrics.data && (
        <p className="muted" aria-label={t('platform.pool')}>
          {t('platform.poolLine', {
            open: metrics.data.tenantClientPool.openClients,
            max: metrics.data.tenantClientPool.maxClients,
            connections: metrics.data.tenantClientPool.openConnections,
            hits: metrics.data.tenantClientPool.hits,
            misses: metrics.data.tenantClientPool.misses,
          })}
        </p>
      )}
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('platform.search')}{' '}
          <input
            type="search"
            value={text}
            onChange={(e) => (setText(e.target.value), setPage(1))}
          />
        </label>
        <label>
          {t('communications.status')}{' '}
          <select
            value={status}
            onChange={(e) => (setStatus(e.target.value as typeof status), setPage(1))}
          >
            <option value="">{t('platform.allButDeleted')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('platform.plan')}{' '}
          <select
            value={plan}
            onChange={(e) => (setPlan(e.target.value as typeof plan), setPage(1))}
          >
            <option value="">{t('platform.allPlans')}</option>
            {PLANS.map((p) => (
              <option key={p} value={p}>
                {t(`platform.plans.${p}`)}
              </option>
            ))}
          </select>
        </label>
      </form>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorNote error={q.error} />
      ) : q.data.items.length === 0 ? (
        <Empty>{t(status || plan || text.trim() ? 'platform.noMatch' : 'platform.none')}</Empty>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('platform.name')}</th>
                <th scope="col">{t('communications.status')}</th>
                <th scope="col">{t('platform.plan')}</th>
                <th scope="col">{t('platform.schema')}</th>
                <th scope="col">{t('platform.lastMigration')}</th>
              </tr>
            </thead>
            <tbody>
              {q.data.items.map((o) => (
                <tr key={o.id}>
                  <td>
                    <Link to={`/ensembles/${o.id}`}>{o.name}</Link>
                    <div className="muted">{o.subdomain}</div>
                  </td>
                  <td>
                    <StatusBadge status={o.status} />
                  </td>
                  <td>{t(`platform.plans.${o.plan}`, { defaultValue: o.plan })}</td>
                  <td>
                    <code>{o.database.schemaVersion ?? '–'}</code>
                  </td>
                  <td>{o.lastMigration.status ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={page} pages={pages} onPage={setPage} />
    </>
  );
}
