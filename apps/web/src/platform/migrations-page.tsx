import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../api/client';
import { qk } from '../lib/query-keys';
import { ErrorNote, PageTitle, StatusBadge } from '../ui/kit';

export function MigrationsPage() {
  const { t } = useTranslation();
  const [runId, setRunId] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: () => unwrap(api.POST('/platform/tenant-migrations')),
    onSuccess: (r) => setRunId(r.id),
  });
  const run = useQuery({
    queryKey: qk('migration-run', runId),
    queryFn: () =>
      unwrap(api.GET('/platform/tenant-migrations/{id}', { params: { path: { id: runId! } } })),
    enabled: !!runId,
    refetchInterval: (q) => (q.state.data?.status === 'running' ? 1000 : false),
  });
  const r = run.data;
  return (
    <>
      <PageTitle>{t('nav.migrations')}</PageTitle>
      <p className="muted">{t('platform.migrateLead')}</p>
      <button
        type="button"
        className="primary"
        onClick={() => start.mutate()}
        disabled={start.isPending || r?.status === 'running'}
      >
        {t('platform.migrateAll')}
      </button>
      <ErrorNote error={start.error ?? run.error} />
      {r && (
        <section className="card" aria-live="polite">
          <p>
            <StatusBadge status={r.status} />{' '}
            {t('platform.migrateCounts', {
              total: r.total,
              succeeded: r.succeeded,
              failed: r.failed,
            })}
          </p>
          <ul className="plain">
            {r.results.map((x) => (
              <li key={x.orchestraId}>
                <strong>{x.subdomain}</strong>: {x.status}{' '}
                {x.applied.length > 0 && <>({x.applied.join(', ')})</>}
                {x.error && <span className="field-error"> {x.error}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
