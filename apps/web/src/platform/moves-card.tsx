import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../api/client';
import { timeZone } from '../context';
import { formatDateTime } from '../lib/format';
import { qk } from '../lib/query-keys';
import { ErrorNote, Field, StatusBadge } from '../ui/kit';

/** Where an ensemble's database is, moving it to another server, and the moves so far. */
export function MovesCard({ id, serverId }: { id: string; serverId: string | null }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [target, setTarget] = useState('');
  const servers = useQuery({
    queryKey: qk('database-servers'),
    queryFn: () => unwrap(api.GET('/platform/database-servers')),
  });
  const moves = useQuery({
    queryKey: qk('moves', id),
    queryFn: () => unwrap(api.GET('/platform/orchestras/{id}/moves', { params: { path: { id } } })),
    refetchInterval: (query) =>
      query.state.data?.some((m) => m.status === 'running') ? 1_000 : false,
  });
  const refresh = () => {
    void client.invalidateQueries({ queryKey: qk('moves', id) });
    void client.invalidateQueries({ queryKey: qk('orchestra', id) });
    void client.invalidateQueries({ queryKey: qk('database-servers') });
  };
  // A move that ends (polled above) changes where the ensemble is: read it again.
  const latest = moves.data?.[0];
  const latestState = latest ? `${latest.id}:${latest.status}` : '';
  useEffect(() => {
    if (latestState && !latestState.endsWith(':running')) {
      void client.invalidateQueries({ queryKey: qk('orchestra', id) });
      void client.invalidateQueries({ queryKey: qk('database-servers') });
    }
  }, [latestState, client, id]);
  const move = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/platform/orchestras/{id}/moves', {
          params: { path: { id } },
          body: { toServerId: target },
        }),
      ),
    onSuccess: refresh,
  });
  const resume = useMutation({
    mutationFn: (moveId: string) =>
      unwrap(api.POST('/platform/moves/{id}/resume', { params: { path: { id: moveId } } })),
    onSuccess: refresh,
  });
  const nameOf = (sid: string | null) =>
    servers.data?.find((s) => s.id === sid)?.name ?? (sid ? sid.slice(0, 8) : '–');
  const targets = (servers.data ?? []).filter((s) => s.state === 'open' && s.id !== serverId);
  const running = moves.data?.some((m) => m.status === 'running') ?? false;
  const submit = (e: FormEvent) => (e.preventDefault(), move.mutate());
  return (
    <section className="card" aria-labelledby="moves-title">
      <h2 id="moves-title">{t('moves.title')}</h2>
      <p>{t('moves.on', { server: nameOf(serverId) })}</p>
      <p className="muted">{t('moves.lead')}</p>
      <form onSubmit={submit} aria-label={t('moves.title')}>
        <Field label={t('moves.to')}>
          {(p) => (
            <select {...p} value={target} onChange={(e) => setTarget(e.target.value)}>
              <option value="">{t('moves.choose')}</option>
              {targets.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({t('servers.loadOf', { tenants: s.tenants, capacity: s.capacity })})
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" disabled={!target || move.isPending || running}>
          {t('moves.start')}
        </button>
      </form>
      <ErrorNote error={move.error ?? resume.error} />
      {moves.data && moves.data.length > 0 && (
        <div className="table-wrap">
          <table aria-label={t('moves.history')}>
            <thead>
              <tr>
                <th scope="col">{t('moves.started')}</th>
                <th scope="col">{t('moves.route')}</th>
                <th scope="col">{t('moves.status')}</th>
                <th scope="col">{t('moves.step')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('moves.resume')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {moves.data.map((m) => (
                <tr key={m.id}>
                  <td>{formatDateTime(m.startedAt, i18n.language, timeZone)}</td>
                  <td>
                    {nameOf(m.fromServerId)} → {nameOf(m.toServerId)}
                  </td>
                  <td>
                    <StatusBadge status={m.status} />
                    {m.rows !== null && (
                      <span className="muted"> {t('backups.rows', { rows: m.rows })}</span>
                    )}
                    {m.error && <span className="muted"> {m.error}</span>}
                  </td>
                  <td>
                    <code>{m.step}</code>
                  </td>
                  <td>
                    {m.status === 'failed' && (
                      <button
                        type="button"
                        disabled={resume.isPending}
                        onClick={() => resume.mutate(m.id)}
                      >
                        {t('moves.resume')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
