import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { timeZone } from '../context';
import { formatBytes, formatDateTime } from '../lib/format';
import { qk } from '../lib/query-keys';
import { Empty, ErrorNote, Field, Loading, StatusBadge } from '../ui/kit';

type Backup = components['schemas']['BackupView'];

/** Restoring one backup: into the ensemble (typing its subdomain) or beside it to inspect. */
function RestoreForm({
  backup,
  subdomain,
  onDone,
}: {
  backup: Backup;
  subdomain: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'replace' | 'inspect'>('replace');
  const [confirm, setConfirm] = useState('');
  const restore = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/platform/backups/{id}/restore', {
          params: { path: { id: backup.id } },
          body: { mode, ...(mode === 'replace' ? { confirmSubdomain: confirm } : {}) },
        }),
      ),
    onSuccess: onDone,
  });
  const submit = (e: FormEvent) => (e.preventDefault(), restore.mutate());
  return (
    <form className="card" onSubmit={submit} aria-label={t('backups.restoreTitle')}>
      <fieldset>
        <legend>{t('backups.restoreTitle')}</legend>
        <label className="inline">
          <input
            type="radio"
            checked={mode === 'replace'}
            onChange={() => setMode('replace')}
            name={`mode-${backup.id}`}
          />
          {t('backups.replace')}
        </label>
        <label className="inline">
          <input
            type="radio"
            checked={mode === 'inspect'}
            onChange={() => setMode('inspect')}
            name={`mode-${backup.id}`}
          />
          {t('backups.inspect')}
        </label>
      </fieldset>
      {mode === 'replace' && (
        <Field label={t('backups.typeSubdomain', { subdomain })}>
          {(p) => (
            <input
              {...p}
              autoComplete="off"
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
            />
          )}
        </Field>
      )}
      <button
        type="submit"
        className={mode === 'replace' ? 'danger' : undefined}
        disabled={restore.isPending || (mode === 'replace' && confirm !== subdomain)}
      >
        {mode === 'replace' ? t('backups.restoreReplace') : t('backups.restoreInspect')}
      </button>
      {restore.isPending && <p role="status">{t('backups.restoring')}</p>}
      {restore.data && (
        <p role="status" className="note">
          {restore.data.mode === 'replace'
            ? t('backups.restored', { database: restore.data.database })
            : t('backups.inspectReady', { database: restore.data.database })}
        </p>
      )}
      <ErrorNote error={restore.error} />
    </form>
  );
}

/** An ensemble's backups with size and checksum; back up now; restore one. */
export function BackupsCard({
  id,
  subdomain,
  canBackUp,
}: {
  id: string;
  subdomain: string;
  canBackUp: boolean;
}) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [restoring, setRestoring] = useState<string | null>(null);
  const q = useQuery({
    queryKey: qk('backups', id),
    queryFn: () =>
      unwrap(api.GET('/platform/orchestras/{id}/backups', { params: { path: { id } } })),
  });
  const refresh = () => {
    void client.invalidateQueries({ queryKey: qk('backups', id) });
    void client.invalidateQueries({ queryKey: qk('orchestra', id) });
    void client.invalidateQueries({ queryKey: qk('health', id) });
  };
  const take = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/platform/orchestras/{id}/backups', { params: { path: { id } } })),
    onSuccess: refresh,
  });
  return (
    <section className="card" aria-labelledby="backups-title">
      <h2 id="backups-title">{t('backups.title')}</h2>
      <p className="muted">{t('backups.lead')}</p>
      {canBackUp && (
        <button type="button" onClick={() => take.mutate()} disabled={take.isPending}>
          {take.isPending ? t('backups.taking') : t('backups.take')}
        </button>
      )}
      <ErrorNote error={take.error} />
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorNote error={q.error} />
      ) : q.data.items.length === 0 ? (
        <Empty>{t('backups.none')}</Empty>
      ) : (
        <div className="table-wrap">
          <table aria-label={t('backups.title')}>
            <thead>
              <tr>
                <th scope="col">{t('backups.when')}</th>
                <th scope="col">{t('backups.kind')}</th>
                <th scope="col">{t('backups.status')}</th>
                <th scope="col">{t('backups.size')}</th>
                <th scope="col">{t('backups.checksum')}</th>
                <th scope="col">{t('backups.keptUntil')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('backups.restore')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {q.data.items.map((b) => (
                <tr key={b.id}>
                  <td>{formatDateTime(b.createdAt, i18n.language, timeZone)}</td>
                  <td>{t(`backups.kinds.${b.kind}`)}</td>
                  <td>
                    <StatusBadge status={b.status} />
                    {b.error && <span className="muted"> {b.error}</span>}
                  </td>
                  <td>
                    {b.sizeBytes === null ? '–' : formatBytes(b.sizeBytes, i18n.language)}
                    {b.rows !== null && (
                      <span className="muted"> {t('backups.rows', { rows: b.rows })}</span>
                    )}
                  </td>
                  <td>
                    <code title={b.sha256 ?? ''}>{b.sha256 ? b.sha256.slice(0, 12) : '–'}</code>
                  </td>
                  <td>
                    {b.keepUntil ? formatDateTime(b.keepUntil, i18n.language, timeZone) : '–'}
                  </td>
                  <td>
                    {b.status === 'succeeded' && (
                      <button
                        type="button"
                        aria-expanded={restoring === b.id}
                        onClick={() => setRestoring(restoring === b.id ? null : b.id)}
                      >
                        {t('backups.restore')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {restoring && q.data && (
        <RestoreForm
          key={restoring}
          backup={q.data.items.find((b) => b.id === restoring)!}
          subdomain={subdomain}
          onDone={refresh}
        />
      )}
    </section>
  );
}
