import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { api, unwrap } from '../api/client';
import { formText } from '../lib/forms';
import { qk } from '../lib/query-keys';
import { Empty, ErrorNote, Field, Loading, PageTitle, StatusBadge } from '../ui/kit';

/** The public site's pages: list and a new page. */
export function PagesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const q = useQuery({
    queryKey: qk('pages'),
    queryFn: () => unwrap(api.GET('/api/pages', { params: { query: { pageSize: 200 } } })),
  });
  const create = useMutation({
    mutationFn: (title: string) => unwrap(api.POST('/api/pages', { body: { title, body: '' } })),
    onSuccess: (p) => navigate(`/pages/${p.pageId}`),
  });
  const submit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    create.mutate(formText(new FormData(ev.currentTarget), 'title').trim());
  };
  return (
    <>
      <PageTitle>{t('pages.title')}</PageTitle>
      <p className="muted">{t('pages.lead')}</p>
      <form className="card row" onSubmit={submit}>
        <Field label={t('pages.pageTitle')}>
          {(p) => <input {...p} name="title" required maxLength={200} />}
        </Field>
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('pages.new')}
        </button>
        <ErrorNote error={create.error} />
      </form>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorNote error={q.error} />
      ) : q.data.items.length === 0 ? (
        <Empty>{t('pages.none')}</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('pages.pageTitle')}</th>
                <th scope="col">{t('pages.address')}</th>
                <th scope="col">{t('pages.status')}</th>
              </tr>
            </thead>
            <tbody>
              {q.data.items.map((p) => (
                <tr key={p.pageId}>
                  <td>
                    <Link to={`/pages/${p.pageId}`}>{p.title}</Link>
                  </td>
                  <td>/public/pages/{p.slug}</td>
                  <td>
                    <StatusBadge status={p.status} />
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
