import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../api/client';
import { timeZone } from '../context';
import { formatDateTime } from '../lib/format';
import { qk } from '../lib/query-keys';
import { Empty, ErrorNote, Loading, Pager, PageTitle } from '../ui/kit';

const LEVELS = ['info', 'warn', 'error'] as const;
const CATEGORIES = [
  'auth',
  'provisioning',
  'orchestra',
  'tenant',
  'user',
  'api-key',
  'migrations',
  'billing',
  'signup',
  'job',
];
const PAGE_SIZE = 50;

/** The platform's event log: sign-ins, provisioning, suspensions, support, migrations. */
export function SystemLogPage() {
  const { t, i18n } = useTranslation();
  const [level, setLevel] = useState<(typeof LEVELS)[number] | ''>('');
  const [category, setCategory] = useState('');
  const [text, setText] = useState('');
  const [page, setPage] = useState(1);
  const query = {
    ...(level ? { level } : {}),
    ...(category ? { category } : {}),
    ...(text.trim() ? { q: text.trim() } : {}),
    page,
    pageSize: PAGE_SIZE,
  };
  const q = useQuery({
    queryKey: qk('system-logs', query),
    queryFn: () => unwrap(api.GET('/platform/system-logs', { params: { query } })),
    placeholderData: keepPreviousData,
    refetchInterval: 10_000,
  });
  return (
    <>
      <PageTitle>{t('nav.systemLog')}</PageTitle>
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
          {t('systemLog.level')}{' '}
          <select
            value={level}
            onChange={(e) => (setLevel(e.target.value as typeof level), setPage(1))}
          >
            <option value="">{t('systemLog.all')}</option>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`systemLog.levels.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('systemLog.category')}{' '}
          <select value={category} onChange={(e) => (setCategory(e.target.value), setPage(1))}>
            <option value="">{t('systemLog.all')}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {c}
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
        <Empty>{t('systemLog.none')}</Empty>
      ) : (
        <div className="table-wrap">
          <table aria-label={t('nav.systemLog')}>
            <thead>
              <tr>
                <th scope="col">{t('platform.when')}</th>
                <th scope="col">{t('systemLog.level')}</th>
                <th scope="col">{t('systemLog.event')}</th>
                <th scope="col">{t('systemLog.ensemble')}</th>
                <th scope="col">{t('systemLog.duration')}</th>
                <th scope="col">{t('systemLog.request')}</th>
              </tr>
            </thead>
            <tbody>
              {q.data.items.map((e) => (
                <tr key={e.id}>
                  <td>{formatDateTime(e.timestamp, i18n.language, timeZone)}</td>
                  <td>
                    <span className={`badge badge-${e.level}`}>
                      {t(`systemLog.levels.${e.level}`, { defaultValue: e.level })}
                    </span>
                  </td>
                  <td>
                    <code>{e.category}</code> {e.message}
                    {e.metadata ? (
                      <span className="muted"> {JSON.stringify(e.metadata)}</span>
                    ) : null}
                  </td>
                  <td>{e.subdomain ?? '–'}</td>
                  <td>{e.duration === null ? '–' : `${e.duration} ms`}</td>
                  <td>
                    <code>{e.requestId ?? '–'}</code>
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
