import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { Can } from '../auth/permissions';
import { timeZone } from '../context';
import { formatDateTime } from '../lib/format';
import { qk } from '../lib/query-keys';
import { Empty, ErrorNote, Loading, PageTitle, StatusBadge } from '../ui/kit';

type Need = components['schemas']['DashboardView']['running'][number];

function NeedCard({ need }: { need: Need }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="card need-card">
      <div className="row">
        <Link to={`/projects/${need.project.id}`}>
          <strong>{need.position}</strong> · {need.project.name}
        </Link>
        <StatusBadge status={need.status} />
      </div>
      <p className="places" aria-label={t('dashboard.placesLabel')}>
        {t('dashboard.places', { accepted: need.accepted, quantity: need.quantity })}
      </p>
      {need.acceptedBy.length > 0 && (
        <p className="muted">
          {t('dashboard.booked', { names: need.acceptedBy.map((m) => m.name).join(', ') })}
        </p>
      )}
      {need.pending.length > 0 ? (
        <ul className="plain">
          {need.pending.map((p) => (
            <li key={p.requestId}>
              {t('dashboard.askedNow', { name: p.musician.name })}{' '}
              <span className="muted">
                {t('dashboard.until', {
                  time: formatDateTime(p.deadlineAt, i18n.language, timeZone),
                })}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('dashboard.nobodyAsked')}</p>
      )}
    </li>
  );
}

export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const q = useQuery({
    queryKey: qk('dashboard'),
    queryFn: () => unwrap(api.GET('/api/dashboard')),
    refetchInterval: 15_000,
  });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorNote error={q.error} />;
  const d = q.data;
  return (
    <>
      <PageTitle
        actions={
          <Can permission="projects.write">
            <Link className="button" to="/projects">
              {t('projects.new')}
            </Link>
          </Can>
        }
      >
        {t('nav.dashboard')}
      </PageTitle>
      <section aria-labelledby="running">
        <h2 id="running">{t('dashboard.running')}</h2>
        {d.running.length ? (
          <ul className="cards">
            {d.running.map((n) => (
              <NeedCard key={n.id} need={n} />
            ))}
          </ul>
        ) : (
          <Empty>{t('dashboard.noneRunning')}</Empty>
        )}
      </section>
      {d.exhausted.length > 0 && (
        <section aria-labelledby="exhausted">
          <h2 id="exhausted">{t('dashboard.exhausted')}</h2>
          <ul className="cards">
            {d.exhausted.map((n) => (
              <NeedCard key={n.id} need={n} />
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="answers">
        <h2 id="answers">{t('dashboard.recentAnswers')}</h2>
        {d.recentAnswers.length ? (
          <ul className="plain answers">
            {d.recentAnswers.map((a) => (
              <li key={a.requestId}>
                <StatusBadge status={a.status} /> {a.musician.name} · {a.position} ·{' '}
                <Link to={`/projects/${a.project.id}`}>{a.project.name}</Link>{' '}
                <span className="muted">
                  {formatDateTime(a.respondedAt, i18n.language, timeZone)}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <Empty>{t('dashboard.noAnswers')}</Empty>
        )}
      </section>
    </>
  );
}
