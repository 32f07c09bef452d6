import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../api/client';
import { qk } from '../lib/query-keys';
import { useInstruments } from '../musicians/use-instruments';
import { ErrorNote, Loading } from '../ui/kit';

/** The instruments a person plays: tick the ones they play, choose the one that is primary. */
export function InstrumentsPlayed({ id }: { id: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const all = useInstruments();
  const current = useQuery({
    queryKey: qk('musician', id, 'instruments'),
    queryFn: () => unwrap(api.GET('/api/musicians/{id}/instruments', { params: { path: { id } } })),
  });
  const [edit, setEdit] = useState<{ plays: number[]; primary: number | null } | null>(null);
  const saved = current.data?.instruments ?? [];
  const state = edit ?? {
    plays: saved.map((i) => i.instrumentId),
    primary: saved.find((i) => i.isPrimary)?.instrumentId ?? null,
  };
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/musicians/{id}/instruments', {
          params: { path: { id } },
          body: {
            instruments: state.plays.map((instrumentId) => ({
              instrumentId,
              isPrimary: instrumentId === state.primary,
            })),
          },
        }),
      ),
    onSuccess: (data) => {
      client.setQueryData(qk('musician', id, 'instruments'), data);
      setEdit(null);
    },
  });
  if (current.isPending || all.isPending) return <Loading />;
  const toggle = (instrumentId: number, on: boolean) =>
    setEdit({
      plays: on ? [...state.plays, instrumentId] : state.plays.filter((x) => x !== instrumentId),
      primary: !on && state.primary === instrumentId ? null : state.primary,
    });
  return (
    <section className="card" aria-labelledby="played-title">
      <h2 id="played-title">{t('membership.instruments')}</h2>
      <ul className="plain">
        {(all.data ?? []).map((i) => {
          const plays = state.plays.includes(i.id);
          return (
            <li key={i.id} className="row">
              <label className="check">
                <input
                  type="checkbox"
                  checked={plays}
                  onChange={(e) => toggle(i.id, e.target.checked)}
                />{' '}
                {i.name}
              </label>
              {plays && (
                <label className="check">
                  <input
                    type="radio"
                    name="primary-instrument"
                    checked={state.primary === i.id}
                    onChange={() => setEdit({ ...state, primary: i.id })}
                  />{' '}
                  {t('membership.primaryOf', { name: i.name })}
                </label>
              )}
            </li>
          );
        })}
      </ul>
      <div className="actions">
        <button type="button" disabled={save.isPending || !edit} onClick={() => save.mutate()}>
          {t('membership.saveInstruments')}
        </button>
      </div>
      <ErrorNote error={current.error ?? save.error} />
      {save.isSuccess && <p role="status">{t('common.saved')}</p>}
    </section>
  );
}
