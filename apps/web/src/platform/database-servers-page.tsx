import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { qk } from '../lib/query-keys';
import { Empty, ErrorNote, Field, Loading, PageTitle, StatusBadge } from '../ui/kit';

type Server = components['schemas']['DatabaseServerView'];
type NewServer = components['schemas']['NewDatabaseServerDto'];

/** Registering a server: it is tried before it is saved. */
function AddServerForm({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({
    name: '',
    kind: 'postgres' as NewServer['kind'],
    adminUrl: '',
    neonApiKey: '',
    neonApiUrl: '',
    region: '',
    capacity: '500',
  });
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const add = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/platform/database-servers', {
          body: {
            name: form.name.trim(),
            kind: form.kind,
            capacity: Number(form.capacity),
            ...(form.region.trim() ? { region: form.region.trim() } : {}),
            ...(form.kind === 'postgres'
              ? { adminUrl: form.adminUrl.trim() }
              : {
                  neonApiKey: form.neonApiKey.trim(),
                  ...(form.neonApiUrl.trim() ? { neonApiUrl: form.neonApiUrl.trim() } : {}),
                }),
          },
        }),
      ),
    onSuccess: () => {
      setForm((f) => ({ ...f, name: '', adminUrl: '', neonApiKey: '' }));
      onAdded();
    },
  });
  const submit = (e: FormEvent) => (e.preventDefault(), add.mutate());
  return (
    <form className="card" onSubmit={submit} aria-labelledby="add-server-title">
      <h2 id="add-server-title">{t('servers.addTitle')}</h2>
      <Field label={t('servers.name')}>
        {(p) => (
          <input
            {...p}
            required
            value={form.name}
            placeholder="eu-north-2"
            onChange={(e) => set('name')(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('servers.kind')}>
        {(p) => (
          <select {...p} value={form.kind} onChange={(e) => set('kind')(e.target.value)}>
            <option value="postgres">PostgreSQL</option>
            <option value="neon">Neon</option>
          </select>
        )}
      </Field>
      {form.kind === 'postgres' ? (
        <Field label={t('servers.adminUrl')} hint={t('servers.adminUrlHint')}>
          {(p) => (
            <input
              {...p}
              type="password"
              autoComplete="off"
              required
              value={form.adminUrl}
              placeholder="postgresql://tutti_admin:…@db2.internal:5432/postgres"
              onChange={(e) => set('adminUrl')(e.target.value)}
            />
          )}
        </Field>
      ) : (
        <>
          <Field label={t('servers.neonApiKey')}>
            {(p) => (
              <input
                {...p}
                type="password"
                autoComplete="off"
                required
                value={form.neonApiKey}
                onChange={(e) => set('neonApiKey')(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('servers.neonApiUrl')} hint={t('servers.neonApiUrlHint')}>
            {(p) => (
              <input
                {...p}
                value={form.neonApiUrl}
                placeholder="https://console.neon.tech/api/v2"
                onChange={(e) => set('neonApiUrl')(e.target.value)}
              />
            )}
          </Field>
        </>
      )}
      <Field label={t('servers.region')} hint={t('servers.regionHint')}>
        {(p) => (
          <input
            {...p}
            value={form.region}
            placeholder="eu-north"
            onChange={(e) => set('region')(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('servers.capacity')}>
        {(p) => (
          <input
            {...p}
            type="number"
            min={0}
            required
            value={form.capacity}
            onChange={(e) => set('capacity')(e.target.value)}
          />
        )}
      </Field>
      <button type="submit" disabled={add.isPending}>
        {add.isPending ? t('servers.checking') : t('servers.add')}
      </button>
      {add.isSuccess && (
        <p role="status" className="note">
          {t('servers.added', { name: add.data.name })}
        </p>
      )}
      <ErrorNote error={add.error} />
    </form>
  );
}

/** The servers ensembles' databases are placed on: their load, and open / drain / close. */
export function DatabaseServersPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const q = useQuery({
    queryKey: qk('database-servers'),
    queryFn: () => unwrap(api.GET('/platform/database-servers')),
  });
  const refresh = () => void client.invalidateQueries({ queryKey: qk('database-servers') });
  const change = useMutation({
    mutationFn: ({ id, state }: { id: string; state: Server['state'] }) =>
      unwrap(
        api.PATCH('/platform/database-servers/{id}', {
          params: { path: { id } },
          body: { state },
        }),
      ),
    onSettled: refresh,
  });
  const moveOff = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/platform/database-servers/{id}/move-off', { params: { path: { id } } })),
    onSettled: refresh,
  });
  const actions = (s: Server): Array<[Server['state'], string]> =>
    s.state === 'open'
      ? [['draining', t('servers.drain')]]
      : s.state === 'draining'
        ? [
            ['open', t('servers.open')],
            ['closed', t('servers.close')],
          ]
        : [['open', t('servers.open')]];
  return (
    <>
      <PageTitle>{t('nav.databaseServers')}</PageTitle>
      <p className="muted">{t('servers.lead')}</p>
      <ErrorNote error={change.error ?? moveOff.error} />
      {moveOff.data && (
        <div role="status" className="note">
          <p>{t('servers.movesStarted', { count: moveOff.data.moves.length })}</p>
          {moveOff.data.skipped.length > 0 && (
            <ul>
              {moveOff.data.skipped.map((k) => (
                <li key={k.orchestraId}>
                  {t('servers.stays', { subdomain: k.subdomain, reason: k.reason })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorNote error={q.error} />
      ) : q.data.length === 0 ? (
        <Empty>{t('servers.none')}</Empty>
      ) : (
        <div className="table-wrap">
          <table aria-label={t('nav.databaseServers')}>
            <thead>
              <tr>
                <th scope="col">{t('servers.name')}</th>
                <th scope="col">{t('servers.kind')}</th>
                <th scope="col">{t('servers.region')}</th>
                <th scope="col">{t('servers.load')}</th>
                <th scope="col">{t('servers.state')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('servers.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {q.data.map((s) => (
                <tr key={s.id}>
                  <td>
                    {s.name}
                    <br />
                    <code className="muted">{s.address}</code>
                  </td>
                  <td>{s.kind === 'neon' ? 'Neon' : 'PostgreSQL'}</td>
                  <td>{s.region ?? '–'}</td>
                  <td>{t('servers.loadOf', { tenants: s.tenants, capacity: s.capacity })}</td>
                  <td>
                    <StatusBadge status={`server_${s.state}`} />
                  </td>
                  <td>
                    {actions(s).map(([state, label]) => (
                      <button
                        key={state}
                        type="button"
                        className={state === 'closed' ? 'danger' : undefined}
                        disabled={change.isPending}
                        aria-label={`${label}: ${s.name}`}
                        onClick={() => change.mutate({ id: s.id, state })}
                      >
                        {label}
                      </button>
                    ))}
                    {s.state === 'draining' && s.tenants > 0 && (
                      <button
                        type="button"
                        disabled={moveOff.isPending}
                        aria-label={`${t('servers.moveOff')}: ${s.name}`}
                        onClick={() => moveOff.mutate(s.id)}
                      >
                        {t('servers.moveOff')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddServerForm onAdded={refresh} />
    </>
  );
}
