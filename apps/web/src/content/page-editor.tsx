import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { timeZone } from '../context';
import { formatDateTime, instantIn } from '../lib/format';
import { formText } from '../lib/forms';
import { qk } from '../lib/query-keys';
import { ErrorNote, Field, Loading, PageTitle, StatusBadge } from '../ui/kit';

type PageDetail = components['schemas']['PageDetailView'];

/** Writing a page: every save is a version; publish now or at a time; restore an old version. */
export function PageEditor() {
  const { t, i18n } = useTranslation();
  const { pageId = '' } = useParams();
  const client = useQueryClient();
  const key = qk('page', pageId);
  const q = useQuery({
    queryKey: key,
    queryFn: () => unwrap(api.GET('/api/pages/{pageId}', { params: { path: { pageId } } })),
  });
  const set = (p: PageDetail) => {
    client.setQueryData(key, p);
    void client.invalidateQueries({ queryKey: qk('pages') });
  };
  const path = { params: { path: { pageId } } };
  const save = useMutation({
    mutationFn: (body: components['schemas']['UpdatePageDto']) =>
      unwrap(api.PATCH('/api/pages/{pageId}', { ...path, body })),
    onSuccess: set,
  });
  const publish = useMutation({
    mutationFn: (publishAt?: string) =>
      unwrap(
        api.POST('/api/pages/{pageId}/publish', { ...path, body: publishAt ? { publishAt } : {} }),
      ),
    onSuccess: set,
  });
  const unpublish = useMutation({
    mutationFn: () => unwrap(api.POST('/api/pages/{pageId}/unpublish', path)),
    onSuccess: set,
  });
  const archive = useMutation({
    mutationFn: () => unwrap(api.POST('/api/pages/{pageId}/archive', path)),
    onSuccess: set,
  });
  const restore = useMutation({
    mutationFn: (version: number) =>
      unwrap(
        api.POST('/api/pages/{pageId}/versions/{version}/restore', {
          params: { path: { pageId, version } },
        }),
      ),
    onSuccess: set,
  });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorNote error={q.error} />;
  const page = q.data;
  const submit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const d = new FormData(ev.currentTarget);
    save.mutate({
      title: formText(d, 'title').trim(),
      slug: formText(d, 'slug').trim(),
      description: formText(d, 'description').trim() || null,
      body: formText(d, 'body'),
    });
  };
  const schedule = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const d = new FormData(ev.currentTarget);
    publish.mutate(instantIn(formText(d, 'day'), formText(d, 'time'), timeZone).toISOString());
  };
  return (
    <>
      <p>
        <Link to="/pages">← {t('pages.title')}</Link>
      </p>
      <PageTitle actions={<StatusBadge status={page.status} />}>{page.title}</PageTitle>
      <section className="card" aria-labelledby="page-publishing">
        <h2 id="page-publishing">{t('pages.publishing')}</h2>
        {page.isLive ? (
          <p>
            {t('pages.live')}{' '}
            <a href={`/public/pages/${page.slug}`} target="_blank" rel="noreferrer">
              {t('pages.view')}
            </a>
          </p>
        ) : page.status === 'scheduled' && page.publishAt ? (
          <p>
            {t('pages.scheduledFor', {
              when: formatDateTime(page.publishAt, i18n.language, timeZone),
            })}
          </p>
        ) : (
          <p className="muted">{t('pages.notLive')}</p>
        )}
        <div className="actions">
          {!page.isLive && (
            <button type="button" className="primary" onClick={() => publish.mutate(undefined)}>
              {t('pages.publishNow')}
            </button>
          )}
          {page.status !== 'draft' && (
            <button type="button" onClick={() => unpublish.mutate()}>
              {t('pages.unpublish')}
            </button>
          )}
          {page.status !== 'archived' && (
            <button type="button" onClick={() => archive.mutate()}>
              {t('pages.archive')}
            </button>
          )}
        </div>
        <form className="row" onSubmit={schedule}>
          <Field label={t('pages.day')}>
            {(p) => <input {...p} name="day" type="date" required />}
          </Field>
          <Field label={t('pages.time')}>
            {(p) => <input {...p} name="time" type="time" required />}
          </Field>
          <button type="submit">{t('pages.schedule')}</button>
        </form>
        <ErrorNote error={publish.error ?? unpublish.error ?? archive.error} />
      </section>
      <form key={page.version} className="card" onSubmit={submit} aria-labelledby="page-content">
        <h2 id="page-content">{t('pages.content', { version: page.version })}</h2>
        <Field label={t('pages.pageTitle')}>
          {(p) => <input {...p} name="title" defaultValue={page.title} required />}
        </Field>
        <Field label={t('pages.slug')} hint={t('pages.slugHint')}>
          {(p) => (
            <input
              {...p}
              name="slug"
              defaultValue={page.slug}
              required
              pattern="[a-z0-9]+(-[a-z0-9]+)*"
            />
          )}
        </Field>
        <Field label={t('pages.description')}>
          {(p) => <input {...p} name="description" defaultValue={page.description ?? ''} />}
        </Field>
        <Field label={t('pages.body')} hint={t('pages.bodyHint')}>
          {(p) => <textarea {...p} name="body" rows={12} defaultValue={page.body} />}
        </Field>
        <div className="actions">
          <button type="submit" className="primary" disabled={save.isPending}>
            {t('pages.save')}
          </button>
          {save.isSuccess && <span role="status">{t('pages.saved')}</span>}
        </div>
        <ErrorNote error={save.error} />
      </form>
      <section className="card" aria-labelledby="page-versions">
        <h2 id="page-versions">{t('pages.versions')}</h2>
        <ul className="plain">
          {page.versions.map((v) => (
            <li key={v.version} className="row">
              <span>
                {t('pages.version', { version: v.version })} · {v.title} ·{' '}
                {formatDateTime(v.createdAt, i18n.language, timeZone)}
              </span>
              {v.version !== page.version && (
                <button type="button" onClick={() => restore.mutate(v.version)}>
                  {t('pages.restore', { version: v.version })}
                </button>
              )}
            </li>
          ))}
        </ul>
        <ErrorNote error={restore.error} />
      </section>
    </>
  );
}
