import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { api, unwrap } from '../api/client';
import { timeZone } from '../context';
import { formatDateTime } from '../lib/format';
import { qk } from '../lib/query-keys';
import { ErrorNote } from '../ui/kit';

/** A project's rehearsals and concerts: the concert week as one thing in the app. */
export function ProjectEvents({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation();
  const q = useQuery({
    queryKey: qk('events', { projectId }),
    queryFn: () =>
      unwrap(api.GET('/api/events', { params: { query: { projectId, pageSize: 200 } } })),
  });
  if (q.isError) return <ErrorNote error={q.error} />;
  if (!q.data || q.data.items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="project-events-title">
      <h2 id="project-events-title">{t('nav.events')}</h2>
      <ul>
        {q.data.items.map((e) => (
          <li key={e.id}>
            {formatDateTime(e.startsAt, i18n.language, timeZone)} ·{' '}
            <Link to={`/events/${e.id}`}>{e.title}</Link> ({t(`eventType.${e.type}`)})
            {e.status !== 'published' && (
              <span className={`badge badge-${e.status}`}>{t(`eventStatus.${e.status}`)}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
