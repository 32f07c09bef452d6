import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { api, unwrap } from '../api/client';
import { timeZone } from '../context';
import { formatDate } from '../lib/format';
import { qk } from '../lib/query-keys';
import { ProjectEvents } from '../season/project-events';
import { Empty, ErrorNote, Field, Loading, PageTitle } from '../ui/kit';
import { NeedPanel } from './need-panel';
import { NewNeedForm } from './new-need-form';
import { projectBody, ProjectForm } from './project-form';

function GroupEmail({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const send = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/projects/{id}/group-email', {
          params: { path: { id: projectId } },
          body: { subject, body },
        }),
      ),
  });
  return (
    <details className="card">
      <summary>{t('groupEmail.title')}</summary>
      <p className="muted">{t('groupEmail.lead')}</p>
      <form onSubmit={(e) => (e.preventDefault(), send.mutate())}>
        <Field label={t('groupEmail.subject')}>
          {(p) => <input {...p} value={subject} onChange={(e) => setSubject(e.target.value)} />}
        </Field>
        <Field
          label={t('groupEmail.body')}
          hint={t('groupEmail.hint', { example: '{{firstName}}' })}
        >
          {(p) => (
            <textarea {...p} rows={5} value={body} onChange={(e) => setBody(e.target.value)} />
          )}
        </Field>
        <ErrorNote error={send.error} />
        {send.isSuccess && <p role="status">{t('groupEmail.sent')}</p>}
        <button type="submit" disabled={!subject || !body || send.isPending}>
          {t('groupEmail.send')}
        </button>
      </form>
    </details>
  );
}

export function ProjectPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState(false);
  const client = useQueryClient();
  const q = useQuery({
    queryKey: qk('project', id),
    queryFn: () => unwrap(api.GET('/api/projects/{id}', { params: { path: { id } } })),
    // While someone may be answering, the timeline follows by itself.
    refetchInterval: (query) =>
      query.state.data?.needs.some((n) => n.status === 'active' || n.status === 'paused')
        ? 3000
        : false,
  });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorNote error={q.error} />;
  const p = q.data;
  return (
    <>
      <PageTitle
        actions={
          <>
            <button type="button" onClick={() => setEditing((a) => !a)} aria-expanded={editing}>
              {t('projects.edit')}
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => setAdding((a) => !a)}
              aria-expanded={adding}
            >
              {t('needs.new')}
            </button>
          </>
        }
      >
        {p.name}
      </PageTitle>
      <p className="muted">
        {formatDate(p.startDate, i18n.language, timeZone)} ·{' '}
        {t('projects.week', { week: p.weekNumber })}
      </p>
      {p.rehearsalSchedule && <p className="pre">{p.rehearsalSchedule}</p>}
      {p.concertInfo && <p className="pre">{p.concertInfo}</p>}
      {editing && (
        <ProjectForm
          initial={p}
          submitLabel={t('common.save')}
          onCancel={() => setEditing(false)}
          onSubmit={async (v) => {
            await unwrap(
              api.PATCH('/api/projects/{id}', {
                params: { path: { id } },
                body: projectBody(v, true),
              }),
            );
            await client.invalidateQueries({ queryKey: qk('project', id) });
            void client.invalidateQueries({ queryKey: qk('projects') });
            setEditing(false);
          }}
        />
      )}
      {p.notes && <p className="pre muted">{p.notes}</p>}
      <ProjectEvents projectId={id} />
      {adding && <NewNeedForm projectId={id} onDone={() => setAdding(false)} />}
      <h2>{t('needs.title')}</h2>
      {p.needs.length === 0 ? (
        <Empty>{t('needs.none')}</Empty>
      ) : (
        p.needs.map((n) => <NeedPanel key={n.id} need={n} projectId={id} />)
      )}
      <GroupEmail projectId={id} />
    </>
  );
}
