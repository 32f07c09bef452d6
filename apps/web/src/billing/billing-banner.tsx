import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { usePermissions } from '../auth/permissions';
import { timeZone } from '../context';
import { formatDate } from '../lib/format';
import { useBilling } from './use-billing';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Where payments stand, above every page: suspended for an unpaid bill, a failed payment with
 * the day the grace period ends, or a trial about to end. Nothing when all is well.
 */
export function BillingBanner() {
  const { t, i18n } = useTranslation();
  const { can } = usePermissions();
  const { data } = useBilling();
  if (!data) return null;
  const day = (iso: string | null) => (iso ? formatDate(iso, i18n.language, timeZone) : '');
  let message: string | null = null;
  if (data.suspended) message = t('billing.banner.suspended');
  else if (data.status === 'past_due')
    message = t('billing.banner.pastDue', { date: day(data.graceEndsAt) });
  else if (
    data.status === 'trialing' &&
    data.trialEndsAt &&
    new Date(data.trialEndsAt).getTime() - Date.now() < WEEK_MS
  )
    message = t('billing.banner.trialEnding', { date: day(data.trialEndsAt) });
  if (!message) return null;
  return (
    <div className={`banner ${data.status === 'trialing' ? '' : 'banner-warning'}`} role="status">
      {message}{' '}
      {can('billing.manage') ? (
        <Link to="/billing">{t('billing.banner.action')}</Link>
      ) : (
        t('billing.banner.askAdmin')
      )}
    </div>
  );
}
