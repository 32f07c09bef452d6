import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../api/client';
import { ApiError } from '../api/errors';
import type { components } from '../api/schema';
import { Can } from '../auth/permissions';
import { qk } from '../lib/query-keys';
import { ErrorNote, Field, Loading, PageTitle } from '../ui/kit';
import { ApiKeysPanel } from './api-keys-panel';
import { BrandingPanel } from './branding-panel';
import { DomainPanel } from './domain-panel';
import { TemplatesPanel } from './templates-panel';
import { WebhooksPanel } from './webhooks-panel';

type Settings = components['schemas']['MessagingSettingsView'];
type Update = components['schemas']['MessagingSettingsDto'];

const SMS_FLAGS = [
  'smsOnRequest',
  'smsOnReminder',
  'smsOnConfirmation',
  'smsOnPositionFilled',
  'smsOnGroupEmail',
] as const;

/** A secret: shown as set or not set; typing replaces it, nothing typed leaves it as it is. */
function SecretField({
  label,
  isSet,
  value,
  onChange,
  error,
}: {
  label: string;
  isSet: boolean;
  value: string;
  onChange: (v: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <Field
      label={label}
      hint={isSet ? t('settings.secretSet') : t('settings.secretNotSet')}
      error={error}
    >
      {(p) => (
        <input
          {...p}
          type="password"
          autoComplete="off"
          value={value}
          placeholder={isSet ? '••••••••' : ''}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

function MessagingSettings({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [draft, setDraft] = useState<Update>({});
  useEffect(() => setDraft({}), [settings]);
  const value = <K extends keyof Update>(k: K, fallback: Update[K]) =>
    k in draft ? draft[k] : fallback;
  const set = (patch: Update) => setDraft((d) => ({ ...d, ...patch }));
  const save = useMutation({
    mutationFn: () => unwrap(api.PUT('/api/settings/messaging', { body: draft })),
    onSuccess: (s) => client.setQueryData(qk('settings', 'messaging'), s),
  });
  const errors = save.error instanceof ApiError ? save.error.fieldErrors() : {};
  const text = (
    k:
      | 'emailFromAddress'
      | 'emailFromName'
      | 'emailReplyTo'
      | 'twilioAccountSid'
      | 'twilioFromNumber',
    label: string,
  ) => (
    <Field label={label} error={errors[k]}>
      {(p) => (
        <input
          {...p}
          value={value(k, settings[k] ?? '') ?? ''}
          onChange={(e) => set({ [k]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <form
      className="card form-grid"
      onSubmit={(e) => (e.preventDefault(), save.mutate())}
      aria-labelledby="messaging-title"
    >
      <h2 id="messaging-title">{t('settings.messaging')}</h2>
      <p className="muted">
        {t('settings.sendingThrough', {
          email: t(`settings.source.${settings.sendingThrough.email}`),
          sms: t(`settings.source.${settings.sendingThrough.sms}`),
        })}
      </p>
      <SecretField
        label={t('settings.resendApiKey')}
        isSet={settings.hasResendApiKey}
        value={draft.resendApiKey ?? ''}
        onChange={(v) => set({ resendApiKey: v })}
        error={errors.resendApiKey}
      />
      <SecretField
        label={t('settings.resendWebhookSecret')}
        isSet={settings.hasResendWebhookSecret}
        value={draft.resendWebhookSecret ?? ''}
        onChange={(v) => set({ resendWebhookSecret: v })}
        error={errors.resendWebhookSecret}
      />
      {text('emailFromAddress', t('settings.emailFromAddress'))}
      {text('emailFromName', t('settings.emailFromName'))}
      {text('emailReplyTo', t('settings.emailReplyTo'))}
      {text('twilioAccountSid', t('settings.twilioAccountSid'))}
      <SecretField
        label={t('settings.twilioAuthToken')}
        isSet={settings.hasTwilioAuthToken}
        value={draft.twilioAuthToken ?? ''}
        onChange={(v) => set({ twilioAuthToken: v })}
        error={errors.twilioAuthToken}
      />
      {text('twilioFromNumber', t('settings.twilioFromNumber'))}
      <fieldset>
        <legend>{t('settings.smsWhen')}</legend>
        {SMS_FLAGS.map((k) => (
          <label key={k} className="inline">
            <input
              type="checkbox"
              checked={Boolean(value(k, settings[k]))}
              onChange={(e) => set({ [k]: e.target.checked })}
            />{' '}
            {t(`settings.${k}`)}
          </label>
        ))}
      </fieldset>
      <ErrorNote error={Object.keys(errors).length ? null : save.error} />
      {save.isSuccess && <p role="status">{t('common.saved')}</p>}
      <Can permission="messaging.settings">
        <div className="actions">
          <button
            type="submit"
            className="primary"
            disabled={save.isPending || Object.keys(draft).length === 0}
          >
            {t('common.save')}
          </button>
        </div>
      </Can>
    </form>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useQuery({
    queryKey: qk('settings', 'messaging'),
    queryFn: () => unwrap(api.GET('/api/settings/messaging')),
  });
  return (
    <>
      <PageTitle>{t('nav.settings')}</PageTitle>
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <ErrorNote error={settings.error} />
      ) : (
        <MessagingSettings settings={settings.data} />
      )}
      <TemplatesPanel />
      <Can permission="api-keys.manage">
        <ApiKeysPanel />
      </Can>
      <Can permission="webhooks.manage">
        <WebhooksPanel />
      </Can>
      <Can permission="branding.manage">
        <BrandingPanel />
      </Can>
      <Can permission="domain.manage">
        <DomainPanel />
      </Can>
    </>
  );
}
