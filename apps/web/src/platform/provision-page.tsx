import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';

import { api, unwrap } from '../api/client';
import { showServerErrors } from '../lib/forms';
import { qk } from '../lib/query-keys';
import { ErrorNote, Field, PageTitle } from '../ui/kit';

/** Mirrors CreateOrchestraDto. */
const schema = z.object({
  name: z.string().trim().min(2, 'form.required').max(120),
  subdomain: z
    .string()
    .trim()
    .min(1, 'form.required')
    .max(63)
    .regex(/^[a-z0-9-]+$/, 'platform.subdomainRule'),
  kind: z.enum(['orchestra', 'band']),
  plan: z.enum(['small', 'medium', 'large']),
  contactName: z.string().trim().min(2, 'form.required').max(120),
  contactEmail: z.string().trim().email('form.email'),
  locale: z.enum(['sv', 'en']),
});
type Values = z.infer<typeof schema>;

export function ProvisionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      name: '',
      subdomain: '',
      kind: 'orchestra',
      plan: 'medium',
      contactName: '',
      contactEmail: '',
      locale: 'sv',
    },
  });
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      const o = await unwrap(api.POST('/platform/orchestras', { body: v }));
      void client.invalidateQueries({ queryKey: qk('orchestras') });
      void navigate(`/ensembles/${o.id}`);
    } catch (err) {
      if (!showServerErrors(form, err, Object.keys(schema.shape))) setError(err);
    }
  });
  const e = form.formState.errors;
  const msg = (m?: string) => (m ? t(m, { defaultValue: m }) : undefined);
  return (
    <>
      <PageTitle>{t('nav.newEnsemble')}</PageTitle>
      <form className="card form-grid" onSubmit={(ev) => void submit(ev)} noValidate>
        <Field label={t('platform.name')} error={msg(e.name?.message)}>
          {(p) => <input {...p} {...form.register('name')} />}
        </Field>
        <Field
          label={t('platform.subdomain')}
          error={msg(e.subdomain?.message)}
          hint={t('platform.subdomainHint')}
        >
          {(p) => <input {...p} autoCapitalize="none" {...form.register('subdomain')} />}
        </Field>
        <Field label={t('platform.kind')} error={msg(e.kind?.message)}>
          {(p) => (
            <select {...p} {...form.register('kind')}>
              <option value="orchestra">{t('platform.kinds.orchestra')}</option>
              <option value="band">{t('platform.kinds.band')}</option>
            </select>
          )}
        </Field>
        <Field label={t('platform.plan')} error={msg(e.plan?.message)}>
          {(p) => (
            <select {...p} {...form.register('plan')}>
              {(['small', 'medium', 'large'] as const).map((pl) => (
                <option key={pl} value={pl}>
                  {t(`platform.plans.${pl}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('platform.contactName')} error={msg(e.contactName?.message)}>
          {(p) => <input {...p} {...form.register('contactName')} />}
        </Field>
        <Field
          label={t('platform.contactEmail')}
          error={msg(e.contactEmail?.message)}
          hint={t('platform.contactHint')}
        >
          {(p) => <input {...p} type="email" {...form.register('contactEmail')} />}
        </Field>
        <Field label={t('common.language')} error={msg(e.locale?.message)}>
          {(p) => (
            <select {...p} {...form.register('locale')}>
              <option value="sv">Svenska</option>
              <option value="en">English</option>
            </select>
          )}
        </Field>
        <ErrorNote error={error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
            {t('platform.provision')}
          </button>
        </div>
      </form>
    </>
  );
}
