import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../api/client';
import { ApiError } from '../api/errors';
import { Can } from '../auth/permissions';
import { qk } from '../lib/query-keys';
import { ErrorNote, Field, Loading } from '../ui/kit';

const TYPES = [
  'request',
  'reminder',
  'confirmation',
  'position_filled',
  'request_withdrawn',
  'list_exhausted',
] as const;

/** Templates per type and language, with a preview rendered by the server as it will be sent. */
export function TemplatesPanel() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [type, setType] = useState<string>('request');
  const [language, setLanguage] = useState<'sv' | 'en'>('sv');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const list = useQuery({
    queryKey: qk('templates'),
    queryFn: () => unwrap(api.GET('/api/email-templates')),
  });
  const current = list.data?.templates.find((tp) => tp.type === type && tp.language === language);
  useEffect(() => {
    setSubject(current?.subject ?? '');
    setBody(current?.body ?? '');
  }, [current]);
  const path = { params: { path: { type, language } } };
  const [debounced, setDebounced] = useState({ subject, body });
  useEffect(() => {
    const h = setTimeout(() => setDebounced({ subject, body }), 300);
    return () => clearTimeout(h);
  }, [subject, body]);
  const preview = useQuery({
    queryKey: qk('template-preview', type, language, debounced),
    queryFn: () =>
      unwrap(
        api.POST('/api/email-templates/{type}/{language}/preview', {
          ...path,
          body: {
            ...(debounced.subject ? { subject: debounced.subject } : {}),
            ...(debounced.body ? { body: debounced.body } : {}),
          },
        }),
      ),
    enabled: !!(debounced.subject || debounced.body),
  });
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/email-templates/{type}/{language}', { ...path, body: { subject, body } }),
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: qk('templates') }),
  });
  const errors = save.error instanceof ApiError ? save.error.fieldErrors() : {};
  if (list.isPending) return <Loading />;
  return (
    <section className="card" aria-labelledby="templates-title">
      <h2 id="templates-title">{t('templates.title')}</h2>
      <div className="filters">
        <Field label={t('communications.type')}>
          {(p) => (
            <select {...p} value={type} onChange={(e) => setType(e.target.value)}>
              {TYPES.map((ty) => (
                <option key={ty} value={ty}>
                  {t(`messageType.${ty}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('common.language')}>
          {(p) => (
            <select
              {...p}
              value={language}
              onChange={(e) => setLanguage(e.target.value as 'sv' | 'en')}
            >
              <option value="sv">Svenska</option>
              <option value="en">English</option>
            </select>
          )}
        </Field>
      </div>
      <p className="muted">
        {t('templates.variables', {
          list: (list.data?.variables ?? []).map((v) => `{{${v}}}`).join(' '),
        })}
      </p>
      <div className="two-columns">
        <div>
          <Field label={t('groupEmail.subject')} error={errors.subject}>
            {(p) => <input {...p} value={subject} onChange={(e) => setSubject(e.target.value)} />}
          </Field>
          <Field label={t('groupEmail.body')} error={errors.body}>
            {(p) => (
              <textarea {...p} rows={8} value={body} onChange={(e) => setBody(e.target.value)} />
            )}
          </Field>
          <ErrorNote error={Object.keys(errors).length ? null : save.error} />
          {save.isSuccess && <p role="status">{t('common.saved')}</p>}
          <Can permission="messaging.settings">
            <button
              type="button"
              className="primary"
              disabled={!subject || !body || save.isPending}
              onClick={() => save.mutate()}
            >
              {t('common.save')}
            </button>
          </Can>
        </div>
        <div className="preview" aria-live="polite" aria-label={t('templates.preview')}>
          <h3>{t('templates.preview')}</h3>
          {preview.data && (
            <>
              <p>
                <strong>{preview.data.subject}</strong>
              </p>
              <p className="pre">{preview.data.body}</p>
              {preview.data.unknownVariables.length > 0 && (
                <p className="field-error">
                  {t('templates.unknown', { list: preview.data.unknownVariables.join(', ') })}
                </p>
              )}
            </>
          )}
        </div>
      </div>
    </section>
  );
}
