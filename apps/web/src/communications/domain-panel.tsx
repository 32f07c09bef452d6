import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../api/client';
import { ApiError } from '../api/errors';
import { timeZone } from '../context';
import { formatDateTime } from '../lib/format';
import { formText } from '../lib/forms';
import { qk } from '../lib/query-keys';
import { ErrorNote, Field } from '../ui/kit';

/**
 * The ensemble's own address: name it, publish the TXT record shown, verify. It serves the
 * ensemble only while the record is there (checked daily).
 */
export function DomainPanel() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const key = qk('domain');
  const q = useQuery({ queryKey: key, queryFn: () => unwrap(api.GET('/api/domain')) });
  const save = useMutation({
    mutationFn: (domain: string) => unwrap(api.PUT('/api/domain', { body: { domain } })),
    onSuccess: (v) => client.setQueryData(key, v),
  });
  const verify = useMutation({
    mutationFn: () => unwrap(api.POST('/api/domain/verify')),
    onSuccess: (v) => client.setQueryData(key, v),
    onError: () => void client.invalidateQueries({ queryKey: key }),
  });
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/domain')),
    onSuccess: () => void client.invalidateQueries({ queryKey: key }),
  });
  const fieldError = save.error instanceof ApiError ? save.error.fieldErrors().domain : undefined;
  const submit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    save.mutate(formText(new FormData(ev.currentTarget), 'domain').trim());
  };
  const d = q.data;
  return (
    <section className="card" aria-labelledby="domain-title">
      <h2 id="domain-title">{t('domain.title')}</h2>
      <p className="muted">{t('domain.lead')}</p>
      <form className="inline-form" onSubmit={submit} noValidate>
        <Field label={t('domain.domain')} error={fieldError}>
          {(p) => (
            <input
              {...p}
              name="domain"
              defaultValue={d?.domain ?? ''}
              key={d?.domain ?? ''}
              placeholder="vikarier.example-orkester.se"
              autoComplete="off"
            />
          )}
        </Field>
        <button type="submit" disabled={save.isPending}>
          {t('domain.save')}
        </button>
      </form>
      {d?.domain && d.record && (
        <>
          <p role="status">
            {d.verified
              ? t('domain.verified', {
                  domain: d.domain,
                  time: d.verifiedAt ? formatDateTime(d.verifiedAt, i18n.language, timeZone) : '',
                })
              : t('domain.notVerified', { domain: d.domain })}
          </p>
          <dl className="record" aria-label={t('domain.record')}>
            <dt>{t('domain.type')}</dt>
            <dd>
              <code>TXT</code>
            </dd>
            <dt>{t('domain.name')}</dt>
            <dd>
              <code>{d.record.name}</code>
            </dd>
            <dt>{t('domain.value')}</dt>
            <dd>
              <code>{d.record.value}</code>
            </dd>
          </dl>
          {d.error && <p className="muted">{d.error}</p>}
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() => verify.mutate()}
              disabled={verify.isPending}
            >
              {t('domain.verify')}
            </button>
            <button
              type="button"
              className="danger"
              onClick={() =>
                window.confirm(t('domain.confirmRemove', { domain: d.domain })) && remove.mutate()
              }
            >
              {t('domain.remove')}
            </button>
          </div>
        </>
      )}
      <ErrorNote
        error={q.error ?? (fieldError ? null : save.error) ?? verify.error ?? remove.error}
      />
    </section>
  );
}
