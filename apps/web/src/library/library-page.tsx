import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { api, unwrap } from '../api/client';
import { Can } from '../auth/permissions';
import { formText } from '../lib/forms';
import { qk } from '../lib/query-keys';
import { Empty, ErrorNote, Field, Loading, PageTitle } from '../ui/kit';

/** The music library: search that forgives typos, the catalogue by title, a new piece. */
export function LibraryPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [adding, setAdding] = useState(false);
  const list = useInfiniteQuery({
    queryKey: qk('library', q),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/library/pieces', {
          params: { query: { q: q || undefined, cursor: pageParam, pageSize: 100 } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const create = useMutation({
    mutationFn: (body: {
      title: string;
      composer?: string;
      arranger?: string;
      publisher?: string;
      catalogNumber?: string;
    }) => unwrap(api.POST('/api/library/pieces', { body })),
    onSuccess: (p) => navigate(`/library/${p.pieceId}`),
  });
  const search = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    setQ(formText(new FormData(ev.currentTarget), 'q').trim());
  };
  const add = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const d = new FormData(ev.currentTarget);
    const opt = (k: string) => formText(d, k).trim() || undefined;
    create.mutate({
      title: formText(d, 'title').trim(),
      composer: opt('composer'),
      arranger: opt('arranger'),
      publisher: opt('publisher'),
      catalogNumber: opt('catalogNumber'),
    });
  };
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageTitle
        actions={
          <Can permission="library.write">
            <button type="button" className="primary" onClick={() => setAdding((a) => !a)}>
              {t('library.new')}
            </button>
          </Can>
        }
      >
        {t('library.title')}
      </PageTitle>
      {adding && (
        <form className="card" onSubmit={add} aria-label={t('library.new')}>
          <Field label={t('library.pieceTitle')}>
            {(p) => <input {...p} name="title" required maxLength={300} />}
          </Field>
          <Field label={t('library.composer')}>
            {(p) => <input {...p} name="composer" maxLength={200} />}
          </Field>
          <Field label={t('library.arranger')}>
            {(p) => <input {...p} name="arranger" maxLength={200} />}
          </Field>
          <Field label={t('library.publisher')}>
            {(p) => <input {...p} name="publisher" maxLength={200} />}
          </Field>
          <Field label={t('library.catalogNumber')}>
            {(p) => <input {...p} name="catalogNumber" maxLength={50} />}
          </Field>
          <div className="actions">
            <button type="submit" className="primary" disabled={create.isPending}>
              {t('library.add')}
            </button>
          </div>
          <ErrorNote error={create.error} />
        </form>
      )}
      <form className="card row" role="search" onSubmit={search}>
        <Field label={t('library.search')} hint={t('library.searchHint')}>
          {(p) => <input {...p} name="q" type="search" defaultValue={q} />}
        </Field>
        <button type="submit">{t('library.find')}</button>
      </form>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorNote error={list.error} />
      ) : items.length === 0 ? (
        <Empty>{q ? t('library.noMatch') : t('library.none')}</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('library.pieceTitle')}</th>
                <th scope="col">{t('library.composer')}</th>
                <th scope="col">{t('library.catalogNumber')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.pieceId}>
                  <td>
                    <Link to={`/library/${p.pieceId}`}>{p.title}</Link>
                    {p.subtitle && <span className="muted"> · {p.subtitle}</span>}
                  </td>
                  <td>{p.composer ?? ''}</td>
                  <td>{p.catalogNumber ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.hasNextPage && (
        <button type="button" onClick={() => void list.fetchNextPage()}>
          {t('waitlist.more')}
        </button>
      )}
    </>
  );
}
