import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../api/client';
import { type Permission, usePermissions } from '../auth/permissions';
import { timeZone } from '../context';
import { formatDateTime } from '../lib/format';
import { formText } from '../lib/forms';
import { qk } from '../lib/query-keys';
import { useAccessCatalogue } from '../staff/staff-page';
import { Empty, ErrorNote, Field } from '../ui/kit';

const EXPIRY_DAYS = [30, 90, 365] as const;

/**
 * API keys for integrations: what each may do (never more than the person making it may),
 * when it expires, who made it and when it was last used. The key is shown once, when made;
 * afterwards only its prefix.
 */
export function ApiKeysPanel() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const { can } = usePermissions();
  const catalogue = useAccessCatalogue();
  const keys = useQuery({
    queryKey: qk('api-keys'),
    queryFn: () => unwrap(api.GET('/api/api-keys', { params: { query: { pageSize: 100 } } })),
  });
  const create = useMutation({
    mutationFn: (body: {
      description?: string;
      permissions: Permission[];
      expiresInDays?: number;
    }) => unwrap(api.POST('/api/api-keys', { body })),
    onSuccess: () => void client.invalidateQueries({ queryKey: qk('api-keys') }),
  });
  const revoke = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/api-keys/{id}', { params: { path: { id } } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: qk('api-keys') }),
  });
  const submit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const form = ev.currentTarget;
    const d = new FormData(form);
    const description = formText(d, 'description').trim();
    const days = Number(formText(d, 'expires'));
    create.mutate(
      {
        ...(description ? { description } : {}),
        permissions: d.getAll('permissions') as Permission[],
        ...(days ? { expiresInDays: days } : {}),
      },
      { onSuccess: () => form.reset() },
    );
  };
  const now = Date.now();
  return (
    <section className="card" aria-labelledby="keys-title">
      <h2 id="keys-title">{t('apiKeys.title')}</h2>
      <form onSubmit={submit}>
        <Field label={t('apiKeys.description')}>
          {(p) => <input {...p} name="description" autoComplete="off" />}
        </Field>
        <fieldset>
          <legend>{t('apiKeys.permissions')}</legend>
          {(catalogue.data?.permissions ?? [])
            .filter((p) => can(p.name))
            .map((p) => (
              <label key={p.name} className="check" title={p.description}>
                <input type="checkbox" name="permissions" value={p.name} /> <code>{p.name}</code>{' '}
                <span className="muted">{p.description}</span>
              </label>
            ))}
        </fieldset>
        <Field label={t('apiKeys.expires')}>
          {(p) => (
            <select {...p} name="expires" defaultValue="90">
              <option value="">{t('apiKeys.never')}</option>
              {EXPIRY_DAYS.map((d) => (
                <option key={d} value={d}>
                  {t('apiKeys.days', { count: d })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" disabled={create.isPending}>
          {t('apiKeys.create')}
        </button>
      </form>
      {create.data && (
        <div className="once" role="status">
          <p>{t('apiKeys.shownOnce')}</p>
          <code>{create.data.key}</code>
        </div>
      )}
      <ErrorNote error={keys.error ?? create.error ?? revoke.error} />
      {keys.data?.items.length === 0 ? (
        <Empty>{t('apiKeys.none')}</Empty>
      ) : (
        <ul className="plain" aria-label={t('apiKeys.title')}>
          {(keys.data?.items ?? []).map((k) => {
            const expired = k.expiresAt !== null && new Date(k.expiresAt).getTime() <= now;
            return (
              <li key={k.id}>
                <code>{k.prefix}…</code> {k.description ?? ''}{' '}
                <span className="muted">{k.permissions.join(', ')}</span>{' '}
                <span className="muted">
                  {k.revokedAt
                    ? t('apiKeys.revoked')
                    : expired
                      ? t('apiKeys.expired')
                      : k.lastUsedAt
                        ? t('apiKeys.lastUsed', {
                            time: formatDateTime(k.lastUsedAt, i18n.language, timeZone),
                          })
                        : t('apiKeys.neverUsed')}
                  {k.expiresAt && !expired && !k.revokedAt
                    ? ` · ${t('apiKeys.expiresAt', {
                        time: formatDateTime(k.expiresAt, i18n.language, timeZone),
                      })}`
                    : ''}
                  {k.createdBy ? ` · ${t('apiKeys.by', { name: k.createdBy.name })}` : ''}
                </span>{' '}
                {!k.revokedAt && !expired && (
                  <button
                    type="button"
                    className="danger"
                    onClick={() =>
                      window.confirm(t('apiKeys.confirmRevoke')) && revoke.mutate(k.id)
                    }
                  >
                    {t('apiKeys.revoke')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
