import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { api, unwrap } from '../api/client';
import { Can } from '../auth/permissions';
import { timeZone } from '../context';
import { formatDate } from '../lib/format';
import { qk } from '../lib/query-keys';
import { Empty, ErrorNote, Loading, Pager, PageTitle } from '../ui/kit';
import { projectBody, ProjectForm } from './project-form';

function NewProject({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  return (
    <ProjectForm
      submitLabel={t('projects.create')}
      onCancel={onCancel}
      onSubmit={async (v) => {
        const p = await unwrap(api.POST('/api/projects', { body: projectBody(v, false) }));
        void client.invalidateQueries({ queryKey: qk('projects') });
        void navigate(`/projects/${p.id}`);
      }}
    />
  );
}

export function ProjectsPage() {
  const { t, i18n } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [page, setPage] = useState(1);
  const q = useQuery({
    queryKey: qk('projects', page),
    queryFn: () => unwrap(api.GET('/api/projects', { params: { query: { page, pageSize: 25 } } })),
    placeholderData: keepPreviousData,
  });
  const pages = q.data ? Math.max(1, Math.ceil(q.data.total / 25)) : 1;
  return (
    <>
      <PageTitle
        actions={
          <Can permission="projects.write">
            <button
              type="button"
              className="primary"
              onClick={() => setAdding((a) => !a)}
              aria-expanded={adding}
            >
              {t('projects.new')}
            </button>
          </Can>
        }
      >
        {t('nav.projects')}
      </PageTitle>
      {adding && <NewProject onCancel={() => setAdding(false)} />}
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorNote error={q.error} />
      ) : q.data.items.length === 0 ? (
        <Empty>{t('projects.none')}</Empty>
      ) : (
        <>
          <ul className="cards">
            {q.data.items.map((p) => (
              <li key={p.id} className="card">
                <Link to={`/projects/${p.id}`}>
                  <strong>{p.name}</strong>
                </Link>
                <p className="muted">
                  {formatDate(p.startDate, i18n.language, timeZone)} ·{' '}
                  {t('projects.week', { week: p.weekNumber })}
                </p>
              </li>
            ))}
          </ul>
          <Pager page={page} pages={pages} onPage={setPage} />
        </>
      )}
    </>
  );
}
