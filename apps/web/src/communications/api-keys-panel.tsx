import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../api/client';
import { timeZone } from '../context';
import { formatDateTime } from '../lib/format';
import { qk } from '../lib/query-keys';
import { Empty, ErrorNote, Field } from '../ui/kit';

/** API keys for integrations: the key is shown once, when made; afterwards only its prefix. */
export function ApiKeysPanel() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [description, setDescription] = useState('');
  const keys = useQuery({
    queryKey: qk('api-keys'),
    queryFn: () => unwrap(api.GET('/api/api-keys')),
  });
  const create = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/api-keys', { body: description ? { description } : {} })),
    onSuccess: () => {
      setDescription('');
      void client.invalidateQueries({ queryKey: qk('api-keys') });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/api-keys/{id}', { params: { path: { id } } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: qk('api-keys') }),
  });
  return (
    <section className="card" aria-labelledby="keys-title">
      <h2 id="keys-title">{t('apiKeys.title')}</h2>
      <form className="inline-form" onSubmit={(e) => (e.preventDefault(), create.mutate())}>
        <Field label={t('apiKeys.description')}>
          {(p) => (
            <input {...p} value={description} onChange={(e) => setDescription(e.target.value)} />
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
        <ul className="plain">
          {(keys.data?.items ?? []).map((k) => (
            <li key={k.id}>
              <code>{k.prefix}…</code> {k.description ?? ''}{' '}
              <span className="muted">
                {k.revokedAt
                  ? t('apiKeys.revoked')
                  : k.lastUsedAt
                    ? t('apiKeys.lastUsed', {
                        time: formatDateTime(k.lastUsedAt, i18n.language, timeZone),
                      })
                    : t('apiKeys.neverUsed')}
              </span>{' '}
              {!k.revokedAt && (
                <button
                  type="button"
                  className="danger"
                  onClick={() => window.confirm(t('apiKeys.confirmRevoke')) && revoke.mutate(k.id)}
                >
                  {t('apiKeys.revoke')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
