import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { timeZone } from '../context';
import { formatDateTime } from '../lib/format';
import { formText } from '../lib/forms';
import { qk } from '../lib/query-keys';
import { ErrorNote, Field, Loading, PageTitle } from '../ui/kit';

type Periods = components['schemas']['RetentionPeriodsDto'];
const PERIODS = [
  'downloadLogDays',
  'communicationLogDays',
  'waitlistDaysAfterEvent',
  'formerMemberYears',
  'auditDays',
] as const;

/** Personal data: how long things are kept, what the clean-up removed, erasing a waitlist entry. */
export function PrivacyPage() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const q = useQuery({
    queryKey: qk('retention'),
    queryFn: () => unwrap(api.GET('/api/privacy/retention')),
  });
  const set = (v: components['schemas']['RetentionView']) =>
    client.setQueryData(qk('retention'), v);
  const save = useMutation({
    mutationFn: (body: Periods) => unwrap(api.PUT('/api/privacy/retention', { body })),
    onSuccess: set,
  });
  const run = useMutation({
    mutationFn: () => unwrap(api.POST('/api/privacy/retention/run')),
    onSuccess: set,
  });
  const erase = useMutation({
    mutationFn: (email: string) =>
      unwrap(api.POST('/api/privacy/waitlist-erasure', { body: { email } })),
  });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorNote error={q.error} />;
  const submit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const d = new FormData(ev.currentTarget);
    save.mutate(
      Object.fromEntries(PERIODS.map((k) => [k, Number(formText(d, k))])) as unknown as Periods,
    );
  };
  const eraseSubmit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    erase.mutate(formText(new FormData(ev.currentTarget), 'email').trim());
  };
  return (
    <>
      <PageTitle>{t('privacy.title')}</PageTitle>
      <p className="muted">{t('privacy.lead')}</p>
      <form className="card" onSubmit={submit} aria-labelledby="retention-periods">
        <h2 id="retention-periods">{t('privacy.periods')}</h2>
        {PERIODS.map((k) => (
          <Field key={k} label={t(`privacy.${k}`)}>
            {(p) => (
              <input
                {...p}
                name={k}
                type="number"
                min={1}
                required
                defaultValue={q.data.periods[k]}
              />
            )}
          </Field>
        ))}
        <div className="actions">
          <button type="submit" className="primary" disabled={save.isPending}>
            {t('privacy.savePeriods')}
          </button>
          <button type="button" onClick={() => run.mutate()} disabled={run.isPending}>
            {t('privacy.runNow')}
          </button>
        </div>
        <ErrorNote error={save.error ?? run.error} />
      </form>
      <section className="card" aria-labelledby="retention-runs">
        <h2 id="retention-runs">{t('privacy.runs')}</h2>
        {q.data.runs.length === 0 ? (
          <p className="muted">{t('privacy.noRuns')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('privacy.ranAt')}</th>
                  <th scope="col">{t('privacy.rule')}</th>
                  <th scope="col">{t('privacy.rows')}</th>
                </tr>
              </thead>
              <tbody>
                {q.data.runs.map((r, i) => (
                  <tr key={i}>
                    <td>{formatDateTime(r.ranAt, i18n.language, timeZone)}</td>
                    <td>{t(`privacy.rules.${r.rule}`, { defaultValue: r.rule })}</td>
                    <td>{r.rows}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <form className="card row" onSubmit={eraseSubmit} aria-labelledby="waitlist-erasure">
        <h2 id="waitlist-erasure">{t('privacy.erase')}</h2>
        <Field label={t('privacy.eraseEmail')}>
          {(p) => <input {...p} name="email" type="email" required />}
        </Field>
        <button type="submit" disabled={erase.isPending}>
          {t('privacy.eraseButton')}
        </button>
        {erase.data && (
          <span role="status">{t('privacy.erased', { count: erase.data.erased })}</span>
        )}
        <ErrorNote error={erase.error} />
      </form>
    </>
  );
}
