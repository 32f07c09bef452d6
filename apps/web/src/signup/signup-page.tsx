import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';

import { api, unwrap } from '../api/client';
import { formatPrice } from '../billing/use-billing';
import { showServerErrors } from '../lib/forms';
import { ErrorNote, Field, Loading } from '../ui/kit';
import { LanguageSwitch } from '../ui/layout';
import { signupStore, tenantDomain, useAvailability, useSignupOptions } from './use-signup';

/** Mirrors SignupDto. */
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
  organisation: z.string().trim().max(200),
  start: z.enum(['trial', 'checkout']),
});
type Values = z.infer<typeof schema>;

/** Self-service sign-up on the central domain: an ensemble of one's own, on trial or paid. */
export function SignupPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const options = useSignupOptions();
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
      organisation: '',
      start: 'trial',
    },
  });
  const availability = useAvailability(form.watch('subdomain'));
  const submit = form.handleSubmit(async ({ organisation, ...v }) => {
    setError(null);
    try {
      const body = {
        ...v,
        locale: i18n.language === 'en' ? ('en' as const) : ('sv' as const),
        ...(organisation ? { organisation } : {}),
      };
      const r = await unwrap(api.POST('/platform/signup', { body }));
      signupStore.save(r);
      if (r.checkoutUrl) window.location.assign(r.checkoutUrl);
      else void navigate(`/signup/done?id=${r.id}`);
    } catch (err) {
      if (!showServerErrors(form, err, Object.keys(schema.shape))) setError(err);
    }
  });
  if (options.isPending) return <Loading />;
  if (options.isError) return <ErrorNote error={options.error} />;
  const o = options.data;
  const e = form.formState.errors;
  const msg = (m?: string) => (m ? t(m, { defaultValue: m }) : undefined);
  const a = availability.data;
  const availabilityNote =
    a && a.subdomain === form.watch('subdomain').trim().toLowerCase()
      ? a.available
        ? t('signup.available', { subdomain: a.subdomain })
        : t('signup.unavailable', { subdomain: a.subdomain, reason: a.reason })
      : availability.isFetching
        ? t('signup.checking')
        : undefined;
  return (
    <div className="centered">
      <form className="card form-grid" onSubmit={(ev) => void submit(ev)} noValidate>
        <div className="card-head">
          <h1>{t('signup.title')}</h1>
          <LanguageSwitch />
        </div>
        <p className="muted">{t('signup.lead')}</p>
        {!o.open ? (
          <p className="note">{t('signup.closed')}</p>
        ) : (
          <>
            <Field label={t('signup.name')} error={msg(e.name?.message)}>
              {(p) => <input {...p} autoComplete="organization" {...form.register('name')} />}
            </Field>
            <Field
              label={t('signup.subdomain')}
              error={
                msg(e.subdomain?.message) ?? (a && !a.available ? availabilityNote : undefined)
              }
              hint={
                a?.available
                  ? availabilityNote
                  : t('signup.subdomainHint', { domain: tenantDomain() })
              }
            >
              {(p) => (
                <input
                  {...p}
                  autoCapitalize="none"
                  spellCheck={false}
                  {...form.register('subdomain')}
                />
              )}
            </Field>
            <Field label={t('signup.kind')} error={msg(e.kind?.message)}>
              {(p) => (
                <select {...p} {...form.register('kind')}>
                  <option value="orchestra">{t('platform.kinds.orchestra')}</option>
                  <option value="band">{t('platform.kinds.band')}</option>
                </select>
              )}
            </Field>
            <Field label={t('signup.plan')} error={msg(e.plan?.message)}>
              {(p) => (
                <select {...p} {...form.register('plan')}>
                  {o.plans.map((plan) => (
                    <option key={plan.plan} value={plan.plan}>
                      {t('signup.planOption', {
                        name: plan.name,
                        price: formatPrice(plan.pricePerMonth, o.currency, i18n.language),
                        musicians: plan.maxMusicians,
                      })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              label={t('signup.contactName')}
              error={msg(e.contactName?.message)}
              hint={t('signup.contactHint')}
            >
              {(p) => <input {...p} autoComplete="name" {...form.register('contactName')} />}
            </Field>
            <Field label={t('signup.contactEmail')} error={msg(e.contactEmail?.message)}>
              {(p) => (
                <input
                  {...p}
                  type="email"
                  autoComplete="email"
                  {...form.register('contactEmail')}
                />
              )}
            </Field>
            <Field label={t('signup.organisation')} error={msg(e.organisation?.message)}>
              {(p) => <input {...p} {...form.register('organisation')} />}
            </Field>
            <fieldset>
              <legend>{t('signup.start')}</legend>
              <label className="inline">
                <input type="radio" value="trial" {...form.register('start')} />
                {t('signup.trial', { days: o.trialDays })}
              </label>
              {o.checkoutAvailable && (
                <label className="inline">
                  <input type="radio" value="checkout" {...form.register('start')} />
                  {t('signup.payNow')}
                </label>
              )}
            </fieldset>
            <ErrorNote error={error} />
            <div className="actions">
              <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
                {t('signup.submit')}
              </button>
            </div>
          </>
        )}
        <p className="hint">{t('signup.haveAccount')}</p>
      </form>
    </div>
  );
}
