import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { api, unwrap } from '../api/client';
import { Can } from '../auth/permissions';
import { qk } from '../lib/query-keys';
import { Empty, ErrorNote, Field, Loading, Pager, PageTitle } from '../ui/kit';
import { ImportPanel } from './import-panel';
import { MusicianForm, type MusicianValues } from './musician-form';
import { useInstruments } from './use-instruments';

const PAGE_SIZE = 25;

const triState = (v: string | null) => (v === 'true' ? true : v === 'false' ? false : undefined);

export function createBody(v: MusicianValues) {
  return {
    firstName: v.firstName,
    lastName: v.lastName,
    email: v.email,
    preferredLanguage: v.preferredLanguage,
    localResidence: v.localResidence,
    ...(v.phone ? { phone: v.phone } : {}),
    ...(v.notes ? { notes: v.notes } : {}),
  };
}

export function MusiciansPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const instruments = useInstruments();

  const filter = {
    q: params.get('q') || undefined,
    instrumentId: Number(params.get('instrument')) || undefined,
    positionId: Number(params.get('position')) || undefined,
    active: triState(params.get('active')),
    local: triState(params.get('local')),
    archived: params.get('archived') === 'true' || undefined,
    page: Number(params.get('page')) || 1,
    pageSize: PAGE_SIZE,
  };
  const list = useQuery({
    queryKey: qk('musicians', filter),
    queryFn: () => unwrap(api.GET('/api/musicians', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
  const create = useMutation({
    mutationFn: (v: MusicianValues) => unwrap(api.POST('/api/musicians', { body: createBody(v) })),
    onSuccess: (m) => {
      void client.invalidateQueries({ queryKey: qk('musicians') });
      void navigate(`/musicians/${m.id}`);
    },
  });

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  const positions = (instruments.data ?? []).flatMap((i) =>
    i.positions.map((p) => ({ ...p, label: `${i.name} · ${p.name}` })),
  );
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  return (
    <>
      <PageTitle
        actions={
          <Can permission="musicians.write">
            <>
              <button
                type="button"
                className="primary"
                onClick={() => setAdding((a) => !a)}
                aria-expanded={adding}
              >
                {t('musicians.add')}
              </button>
              <button
                type="button"
                onClick={() => setImporting((a) => !a)}
                aria-expanded={importing}
              >
                {t('musicians.import')}
              </button>
            </>
          </Can>
        }
      >
        {t('nav.musicians')}
      </PageTitle>
      {adding && (
        <MusicianForm
          submitLabel={t('musicians.save')}
          onSubmit={(v) => create.mutateAsync(v)}
          onCancel={() => setAdding(false)}
        />
      )}
      {importing && <ImportPanel onDone={() => setImporting(false)} />}
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <Field label={t('musicians.search')}>
          {(p) => (
            <input
              {...p}
              type="search"
              defaultValue={filter.q ?? ''}
              onChange={(e) => set('q', e.target.value)}
            />
          )}
        </Field>
        <Field label={t('musicians.instrument')}>
          {(p) => (
            <select
              {...p}
              value={params.get('instrument') ?? ''}
              onChange={(e) => set('instrument', e.target.value)}
            >
              <option value="">{t('common.all')}</option>
              {(instruments.data ?? []).map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('musicians.position')}>
          {(p) => (
            <select
              {...p}
              value={params.get('position') ?? ''}
              onChange={(e) => set('position', e.target.value)}
            >
              <option value="">{t('common.all')}</option>
              {positions.map((pos) => (
                <option key={pos.id} value={pos.id}>
                  {pos.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('musicians.activeFilter')}>
          {(p) => (
            <select
              {...p}
              value={params.get('active') ?? ''}
              onChange={(e) => set('active', e.target.value)}
            >
              <option value="">{t('common.all')}</option>
              <option value="true">{t('musicians.active')}</option>
              <option value="false">{t('musicians.inactive')}</option>
            </select>
          )}
        </Field>
        <Field label={t('musicians.localFilter')}>
          {(p) => (
            <select
              {...p}
              value={params.get('local') ?? ''}
              onChange={(e) => set('local', e.target.value)}
            >
              <option value="">{t('common.all')}</option>
              <option value="true">{t('musicians.localYes')}</option>
              <option value="false">{t('musicians.localNo')}</option>
            </select>
          )}
        </Field>
        <div className="field checkbox">
          <label>
            <input
              type="checkbox"
              checked={filter.archived === true}
              onChange={(e) => set('archived', e.target.checked ? 'true' : '')}
            />{' '}
            {t('musicians.showArchived')}
          </label>
        </div>
      </form>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorNote error={list.error} />
      ) : data!.items.length === 0 ? (
        <Empty>{t('musicians.none')}</Empty>
      ) : (
        <>
          <p className="muted" aria-live="polite">
            {t('musicians.count', { count: data!.total })}
          </p>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('musicians.name')}</th>
                  <th scope="col">{t('musicians.email')}</th>
                  <th scope="col">{t('musicians.phone')}</th>
                  <th scope="col">{t('musicians.activeFilter')}</th>
                </tr>
              </thead>
              <tbody>
                {data!.items.map((m) => (
                  <tr key={m.id}>
                    <td>
                      <Link to={`/musicians/${m.id}`}>
                        {m.lastName}, {m.firstName}
                      </Link>
                    </td>
                    <td>{m.email}</td>
                    <td>{m.phone ?? '–'}</td>
                    <td>{m.isActive ? t('musicians.active') : t('musicians.inactive')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={filter.page} pages={pages} onPage={(n) => set('page', String(n))} />
        </>
      )}
    </>
  );
}
