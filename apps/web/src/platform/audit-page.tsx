import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../api/client';
import { timeZone } from '../context';
import { formatDateTime } from '../lib/format';
import { qk } from '../lib/query-keys';
import { Empty, ErrorNote, Loading, PageTitle } from '../ui/kit';

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const q = useQuery({
    queryKey: qk('audit'),
    queryFn: () => unwrap(api.GET('/platform/audit-logs', { params: { query: {} } })),
  });
  return (
    <>
      <PageTitle>{t('nav.audit')}</PageTitle>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorNote error={q.error} />
      ) : q.data.items.length === 0 ? (
        <Empty>{t('platform.noAudit')}</Empty>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('platform.when')}</th>
                <th scope="col">{t('platform.action')}</th>
                <th scope="col">{t('platform.target')}</th>
              </tr>
            </thead>
            <tbody>
              {q.data.items.map((a) => (
                <tr key={a.id}>
                  <td>{formatDateTime(a.createdAt, i18n.language, timeZone)}</td>
                  <td>
                    <code>{a.action}</code>
                  </td>
                  <td>
                    {a.targetType} {a.targetId ?? ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
