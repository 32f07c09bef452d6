import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { api, unwrap } from '../api/client';
import { qk } from '../lib/query-keys';
import { ErrorNote, Loading } from '../ui/kit';
import { LanguageSwitch } from '../ui/layout';
import { signupStore } from './use-signup';

/**
 * After sign-up (and Checkout): waits for the ensemble's database, then hands over the one link
 * that lets the new admin choose a password.
 */
export function SignupDonePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const id = params.get('id') ?? '';
  const checkout = params.get('checkout');
  const status = useQuery({
    queryKey: qk('signup-status', id),
    queryFn: () => unwrap(api.GET('/platform/signup/{id}', { params: { path: { id } } })),
    enabled: id.length > 0,
    refetchInterval: (q) => (q.state.data?.status === 'provisioning' ? 1_000 : false),
  });
  const saved = signupStore.load(id);
  if (status.isPending) return <Loading />;
  if (status.isError) return <ErrorNote error={status.error} />;
  const s = status.data;
  return (
    <div className="centered">
      <section className="card narrow" aria-labelledby="signup-done">
        <div className="card-head">
          <h1 id="signup-done">{t('signup.doneTitle')}</h1>
          <LanguageSwitch />
        </div>
        {checkout === 'success' && (
          <p className="note" role="status">
            {t('signup.paid')}
          </p>
        )}
        {checkout === 'canceled' && (
          <p className="note" role="status">
            {t('signup.paymentCanceled')}
          </p>
        )}
        {s.status === 'provisioning' && <p role="status">{t('signup.provisioning')}</p>}
        {s.status === 'failed' && <p className="error-note">{t('signup.failed')}</p>}
        {s.status === 'active' && (
          <>
            <p role="status">{t('signup.ready', { url: s.url })}</p>
            {saved ? (
              <>
                <p>{t('signup.setPasswordLead')}</p>
                <p>
                  <a className="button primary" href={saved.setPasswordUrl}>
                    {t('signup.setPassword')}
                  </a>
                </p>
              </>
            ) : (
              <p className="hint">{t('signup.lost')}</p>
            )}
          </>
        )}
      </section>
    </div>
  );
}
