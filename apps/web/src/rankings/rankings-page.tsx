import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { api, unwrap } from '../api/client';
import { qk } from '../lib/query-keys';
import { usePositions } from '../musicians/use-instruments';
import { Empty, ErrorNote, Field, Loading, PageTitle } from '../ui/kit';
import { RankingList } from './ranking-list';

export function RankingsPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const positions = usePositions();
  const [params, setParams] = useSearchParams();
  const positionId = Number(params.get('position')) || positions[0]?.id;
  const [listType, setListType] = useState('A');

  const lists = useQuery({
    queryKey: qk('ranking-lists', positionId),
    queryFn: () => unwrap(api.GET('/api/ranking-lists', { params: { query: { positionId } } })),
    enabled: !!positionId,
  });
  const qualified = useQuery({
    queryKey: qk('musicians', { positionId, active: true, pageSize: 200 }),
    queryFn: () =>
      unwrap(
        api.GET('/api/musicians', {
          params: { query: { positionId, active: true, pageSize: 200 } },
        }),
      ),
    enabled: !!positionId,
  });
  const create = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/ranking-lists', { body: { positionId: positionId, listType } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: qk('ranking-lists') }),
  });
  const candidates = (qualified.data?.items ?? []).map((m) => ({
    id: m.id,
    name: `${m.firstName} ${m.lastName}`,
  }));

  return (
    <>
      <PageTitle>{t('nav.rankings')}</PageTitle>
      <p className="muted">{t('rankings.lead')}</p>
      {positions.length === 0 ? (
        <Empty>{t('rankings.noPositions')}</Empty>
      ) : (
        <div className="filters">
          <Field label={t('musicians.position')}>
            {(p) => (
              <select
                {...p}
                value={positionId ?? ''}
                onChange={(e) => setParams({ position: e.target.value }, { replace: true })}
              >
                {positions.map((pos) => (
                  <option key={pos.id} value={pos.id}>
                    {pos.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <form className="inline-form" onSubmit={(e) => (e.preventDefault(), create.mutate())}>
            <Field label={t('rankings.newListType')}>
              {(p) => (
                <select {...p} value={listType} onChange={(e) => setListType(e.target.value)}>
                  {['A', 'B', 'C'].map((l) => (
                    <option key={l} value={l}>
                      {l}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <button type="submit" disabled={create.isPending}>
              {t('rankings.createList')}
            </button>
          </form>
        </div>
      )}
      <ErrorNote error={create.error} />
      {lists.isPending && positionId ? (
        <Loading />
      ) : lists.isError ? (
        <ErrorNote error={lists.error} />
      ) : lists.data?.items.length === 0 ? (
        <Empty>{t('rankings.noLists')}</Empty>
      ) : (
        (lists.data?.items ?? []).map((l) => (
          <RankingList key={l.id} list={l} candidates={candidates} />
        ))
      )}
    </>
  );
}
