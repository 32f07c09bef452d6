import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { api, unwrap } from '../api/client';
import { timeZone } from '../context';
import { formatDate } from '../lib/format';
import { ErrorNote, Loading, PageTitle, StatusBadge } from '../ui/kit';
import { formatPrice, type PlanOffer, useBilling } from './use-billing';

/** The plan, its use, and the way to pay: Checkout to subscribe, the portal for the rest. */
export function BillingPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const returned = params.get('checkout');
  const billing = useBilling({ poll: returned === 'success' });
  const go = (url: string) => window.location.assign(url);
  const checkout = useMutation({
    mutationFn: (plan: PlanOffer['plan']) =>
      unwrap(api.POST('/api/billing/checkout', { body: { plan } })),
    onSuccess: (r) => go(r.url),
  });
  const portal = useMutation({
    mutationFn: () => unwrap(api.POST('/api/billing/portal')),
    onSuccess: (r) => go(r.url),
  });
  if (billing.isPending) return <Loading />;
  if (billing.isError) return <ErrorNote error={billing.error} />;
  const b = billing.data;
  const day = (iso: string | null) => (iso ? formatDate(iso, i18n.language, timeZone) : '');
  const subscribed = b.status === 'active' || b.status === 'past_due';
  const current = b.plans.find((p) => p.plan === b.plan);
  return (
    <>
      <PageTitle>{t('billing.title')}</PageTitle>
      {returned === 'success' && !subscribed && (
        <p className="note" role="status">
          {t('billing.confirming')}
        </p>
      )}
      {returned === 'canceled' && (
        <p className="note" role="status">
          {t('billing.canceled')}
        </p>
      )}
      {!b.stripeConfigured && <p className="note">{t('billing.notConfigured')}</p>}
      <section aria-labelledby="billing-now" className="card">
        <h2 id="billing-now">{t('billing.current')}</h2>
        <dl className="facts">
          <dt>{t('billing.plan')}</dt>
          <dd>{current?.name ?? b.plan}</dd>
          <dt>{t('billing.status')}</dt>
          <dd>
            <StatusBadge status={`billing_${b.status}`} />
          </dd>
          {b.status === 'trialing' && b.trialEndsAt && (
            <>
              <dt>{t('billing.trialEnds')}</dt>
              <dd>{day(b.trialEndsAt)}</dd>
            </>
          )}
          {b.graceEndsAt && (
            <>
              <dt>{t('billing.graceEnds')}</dt>
              <dd>{day(b.graceEndsAt)}</dd>
            </>
          )}
          <dt>{t('billing.musicians')}</dt>
          <dd>{t('billing.ofLimit', { used: b.usage.musicians, limit: b.limits.maxMusicians })}</dd>
          <dt>{t('billing.projects')}</dt>
          <dd>{t('billing.ofLimit', { used: b.usage.projects, limit: b.limits.maxProjects })}</dd>
        </dl>
        {b.stripeConfigured && (subscribed || b.suspended) && (
          <button type="button" onClick={() => portal.mutate()} disabled={portal.isPending}>
            {t('billing.portal')}
          </button>
        )}
        <ErrorNote error={portal.error} />
      </section>
      {!subscribed && (
        <section aria-labelledby="billing-plans">
          <h2 id="billing-plans">{t('billing.choose')}</h2>
          <ul className="plans">
            {b.plans.map((p) => (
              <li key={p.plan} className="card">
                <h3>{p.name}</h3>
                <p className="price">{formatPrice(p.pricePerMonth, b.currency, i18n.language)}</p>
                <p>{t('billing.perMonth')}</p>
                <p>{t('billing.limits', { musicians: p.maxMusicians, projects: p.maxProjects })}</p>
                <button
                  type="button"
                  className="primary"
                  disabled={!b.stripeConfigured || checkout.isPending}
                  onClick={() => checkout.mutate(p.plan)}
                >
                  {t('billing.subscribe', { plan: p.name })}
                </button>
              </li>
            ))}
          </ul>
          <ErrorNote error={checkout.error} />
        </section>
      )}
      <p className="hint">{t('billing.lowering')}</p>
    </>
  );
}
