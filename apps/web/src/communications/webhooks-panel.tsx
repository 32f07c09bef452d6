import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { timeZone } from '../context';
import { formatDateTime } from '../lib/format';
import { formText } from '../lib/forms';
import { qk } from '../lib/query-keys';
import { Empty, ErrorNote, Field, StatusBadge } from '../ui/kit';

const EVENTS = [
  'request.accepted',
  'request.declined',
  'need.filled',
  'need.exhausted',
  'musician.created',
] as const;

/** Webhook endpoints (the secret shown once), and the latest deliveries with a replay. */
export function WebhooksPanel() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: qk('webhooks') });
  const endpoints = useQuery({
    queryKey: qk('webhooks', 'endpoints'),
    queryFn: () => unwrap(api.GET('/api/webhooks/endpoints')),
  });
  const deliveries = useQuery({
    queryKey: qk('webhooks', 'deliveries'),
    queryFn: () => unwrap(api.GET('/api/webhooks/deliveries')),
    refetchInterval: 3000,
  });
  const create = useMutation({
    mutationFn: (body: components['schemas']['CreateEndpointDto']) =>
      unwrap(api.POST('/api/webhooks/endpoints', { body })),
    onSuccess: refresh,
  });
  const rotate = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/webhooks/endpoints/{id}/rotate-secret', { params: { path: { id } } })),
  });
  const toggle = useMutation({
    mutationFn: (v: { id: string; isActive: boolean }) =>
      unwrap(
        api.PATCH('/api/webhooks/endpoints/{id}', {
          params: { path: { id: v.id } },
          body: { isActive: v.isActive },
        }),
      ),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/webhooks/endpoints/{id}', { params: { path: { id } } })),
    onSuccess: refresh,
  });
  const replay = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/webhooks/deliveries/{id}/replay', { params: { path: { id } } })),
    onSuccess: refresh,
  });
  const submit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const form = ev.currentTarget;
    const d = new FormData(form);
    create.mutate(
      {
        url: formText(d, 'url').trim(),
        events: d.getAll('events') as (typeof EVENTS)[number][],
      },
      { onSuccess: () => form.reset() },
    );
  };
  const secret = create.data?.secret ?? rotate.data?.secret;
  return (
    <section className="card" aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">{t('webhooks.title')}</h2>
      <p className="muted">{t('webhooks.lead')}</p>
      <form onSubmit={submit}>
        <Field label={t('webhooks.url')}>
          {(p) => <input {...p} name="url" type="url" required placeholder="https://" />}
        </Field>
        <fieldset>
          <legend>{t('webhooks.events')}</legend>
          {EVENTS.map((e) => (
            <label key={e} className="check">
              <input type="checkbox" name="events" value={e} /> {e}
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={create.isPending}>
          {t('webhooks.add')}
        </button>
      </form>
      {secret && (
        <div className="once" role="status">
          <p>{t('webhooks.secretOnce')}</p>
          <code>{secret}</code>
        </div>
      )}
      <ErrorNote
        error={
          endpoints.error ??
          create.error ??
          rotate.error ??
          toggle.error ??
          remove.error ??
          replay.error
        }
      />
      {endpoints.data?.items.length === 0 ? (
        <Empty>{t('webhooks.none')}</Empty>
      ) : (
        <ul className="plain" aria-label={t('webhooks.endpoints')}>
          {(endpoints.data?.items ?? []).map((e) => (
            <li key={e.endpointId} className="row">
              <span>
                <code>{e.url}</code> <span className="muted">{e.events.join(', ')}</span>
                {!e.isActive && <span className="badge">{t('webhooks.off')}</span>}
              </span>
              <button
                type="button"
                onClick={() => toggle.mutate({ id: e.endpointId, isActive: !e.isActive })}
              >
                {e.isActive ? t('webhooks.turnOff') : t('webhooks.turnOn')}
              </button>
              <button type="button" onClick={() => rotate.mutate(e.endpointId)}>
                {t('webhooks.rotate')}
              </button>
              <button
                type="button"
                className="link"
                onClick={() =>
                  window.confirm(t('webhooks.confirmRemove', { url: e.url })) &&
                  remove.mutate(e.endpointId)
                }
              >
                {t('webhooks.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {(deliveries.data?.items.length ?? 0) > 0 && (
        <div className="table-wrap">
          <table className="table" aria-label={t('webhooks.deliveries')}>
            <thead>
              <tr>
                <th scope="col">{t('webhooks.when')}</th>
                <th scope="col">{t('webhooks.event')}</th>
                <th scope="col">{t('webhooks.status')}</th>
                <th scope="col">{t('webhooks.attempts')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {deliveries.data!.items.map((d) => (
                <tr key={d.deliveryId}>
                  <td>{formatDateTime(d.createdAt, i18n.language, timeZone)}</td>
                  <td>{d.eventType}</td>
                  <td>
                    <StatusBadge status={d.status} />
                    {d.lastError && <span className="muted"> {d.lastError}</span>}
                  </td>
                  <td>{d.attempts}</td>
                  <td>
                    <button type="button" onClick={() => replay.mutate(d.deliveryId)}>
                      {t('webhooks.replay')}
                    </button>
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
