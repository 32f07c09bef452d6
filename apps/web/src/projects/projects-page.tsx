import { zodResolver } from '@hookform/resolvers/zod';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';

import { api, unwrap } from '../api/client';
import { timeZone } from '../context';
import { formatDate } from '../lib/format';
import { showServerErrors } from '../lib/forms';
import { qk } from '../lib/query-keys';
import { Empty, ErrorNote, Field, Loading, PageTitle } from '../ui/kit';

const schema = z.object({
  name: z.string().trim().min(1, 'form.required').max(200),
  startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'form.date'),
  rehearsalSchedule: z.string().max(5000),
  concertInfo: z.string().max(5000),
});
type Values = z.infer<typeof schema>;

function NewProject({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', startDate: '', rehearsalSchedule: '', concertInfo: '' },
  });
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      const p = await unwrap(
        api.POST('/api/projects', {
          body: {
            name: v.name,
            startDate: v.startDate,
            ...(v.rehearsalSchedule ? { rehearsalSchedule: v.rehearsalSchedule } : {}),
            ...(v.concertInfo ? { concertInfo: v.concertInfo } : {}),
          },
        }),
      );
      void client.invalidateQueries({ queryKey: qk('projects') });
      void navigate(`/projects/${p.id}`);
    } catch (err) {
      if (!showServerErrors(form, err, Object.keys(schema.shape))) setError(err);
    }
  });
  const e = form.formState.errors;
  const msg = (m?: string) => (m ? t(m, { defaultValue: m }) : undefined);
  return (
    <form className="card form-grid" onSubmit={(ev) => void submit(ev)} noValidate>
      <Field label={t('projects.name')} error={msg(e.name?.message)}>
        {(p) => <input {...p} {...form.register('name')} />}
      </Field>
      <Field label={t('projects.startDate')} error={msg(e.startDate?.message)}>
        {(p) => <input {...p} type="date" {...form.register('startDate')} />}
      </Field>
      <Field label={t('projects.rehearsals')} error={msg(e.rehearsalSchedule?.message)}>
        {(p) => <textarea {...p} rows={2} {...form.register('rehearsalSchedule')} />}
      </Field>
      <Field label={t('projects.concert')} error={msg(e.concertInfo?.message)}>
        {(p) => <textarea {...p} rows={2} {...form.register('concertInfo')} />}
      </Field>
      <ErrorNote error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
          {t('projects.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
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
          <button
            type="button"
            className="primary"
            onClick={() => setAdding((a) => !a)}
            aria-expanded={adding}
          >
            {t('projects.new')}
          </button>
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
          {pages > 1 && (
            <nav className="pager" aria-label={t('common.pages')}>
              <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {t('common.previous')}
              </button>
              <span>{t('common.pageOf', { page, pages })}</span>
              <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                {t('common.next')}
              </button>
            </nav>
          )}
        </>
      )}
    </>
  );
}
