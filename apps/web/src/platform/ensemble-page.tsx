import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';

import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { timeZone } from '../context';
import { formatBytes, formatDateTime } from '../lib/format';
import { qk } from '../lib/query-keys';
import { ErrorNote, Field, Loading, PageTitle, StatusBadge } from '../ui/kit';
import { BackupsCard } from './backups-card';
import { MovesCard } from './moves-card';
import { stepStates } from './pipeline';

type Orchestra = components['schemas']['OrchestraView'];

function Pipeline({ o }: { o: Orchestra }) {
  const { t } = useTranslation();
  return (
    <ol className="pipeline" aria-label={t('platform.pipeline')}>
      {stepStates(o).map((s) => (
        <li key={s.step} className={`step-${s.state}`}>
          {t(`platform.steps.${s.step}`)}{' '}
          <span className="muted">({t(`platform.stepState.${s.state}`)})</span>
        </li>
      ))}
    </ol>
  );
}

function Usage({ id }: { id: string }) {
  const { t } = useTranslation();
  const q = useQuery({
    queryKey: qk('usage', id),
    queryFn: () => unwrap(api.GET('/platform/orchestras/{id}/usage', { params: { path: { id } } })),
  });
  if (!q.data) return null;
  const u = q.data;
  return (
    <p>
      {t('platform.usageLine', {
        musicians: u.musicians,
        maxMusicians: u.limits.maxMusicians,
        projects: u.projects,
        maxProjects: u.limits.maxProjects,
        requests: u.requestsLast30Days,
        messages: u.messagesLast30Days,
        thisMonth: u.messagesThisMonth,
      })}
    </p>
  );
}

const PLANS = ['small', 'medium', 'large'] as const;

/** The plan and its limits; blank limits take the plan's own. Nothing is deleted on lowering. */
function PlanCard({ o, onChanged }: { o: Orchestra; onChanged: (o: Orchestra) => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [plan, setPlan] = useState(o.plan);
  const [musicians, setMusicians] = useState(String(o.limits.maxMusicians));
  const [projects, setProjects] = useState(String(o.limits.maxProjects));
  const change = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH('/platform/orchestras/{id}/plan', {
          params: { path: { id: o.id } },
          body: {
            plan,
            ...(musicians.trim() ? { maxMusicians: Number(musicians) } : {}),
            ...(projects.trim() ? { maxProjects: Number(projects) } : {}),
          },
        }),
      ),
    onSuccess: (updated) => {
      onChanged(updated);
      setMusicians(String(updated.limits.maxMusicians));
      setProjects(String(updated.limits.maxProjects));
      void client.invalidateQueries({ queryKey: qk('usage', o.id) });
    },
  });
  const submit = (e: FormEvent) => (e.preventDefault(), change.mutate());
  return (
    <section className="card" aria-labelledby="plan-title">
      <h2 id="plan-title">{t('platform.planTitle')}</h2>
      <p className="muted">
        {t('platform.billingStatus')}: <StatusBadge status={`billing_${o.billingStatus}`} />
      </p>
      <form className="inline-form" onSubmit={submit}>
        <Field label={t('platform.plan')}>
          {(p) => (
            <select
              {...p}
              value={plan}
              onChange={(e) => {
                setPlan(e.target.value as typeof plan);
                setMusicians('');
                setProjects('');
              }}
            >
              {PLANS.map((name) => (
                <option key={name} value={name}>
                  {t(`platform.plans.${name}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('platform.maxMusicians')}>
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              value={musicians}
              placeholder={t('platform.planDefault')}
              onChange={(e) => setMusicians(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('platform.maxProjects')}>
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              value={projects}
              placeholder={t('platform.planDefault')}
              onChange={(e) => setProjects(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" disabled={change.isPending}>
          {t('platform.changePlan')}
        </button>
      </form>
      {change.isSuccess && (
        <p role="status" className="muted">
          {t('platform.planChanged')}
        </p>
      )}
      <ErrorNote error={change.error} />
      <p className="hint">{t('platform.planLead')}</p>
    </section>
  );
}

/** The tenant database itself: reachable, its schema against the shipped one, its size. */
function HealthCard({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const q = useQuery({
    queryKey: qk('health', id),
    queryFn: () =>
      unwrap(api.GET('/platform/orchestras/{id}/health', { params: { path: { id } } })),
  });
  return (
    <section className="card" aria-labelledby="health-title">
      <h2 id="health-title">{t('platform.healthTitle')}</h2>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorNote error={q.error} />
      ) : (
        <dl className="facts">
          <dt>{t('platform.reachable')}</dt>
          <dd>
            <span className={`badge badge-${q.data.reachable ? 'succeeded' : 'failed'}`}>
              {q.data.reachable
                ? t('platform.reachableYes', { ms: q.data.latencyMs })
                : t('platform.reachableNo')}
            </span>
            {q.data.error && <span className="muted"> {q.data.error}</span>}
          </dd>
          <dt>{t('platform.schema')}</dt>
          <dd>
            <code>{q.data.schemaVersion ?? '–'}</code>{' '}
            {q.data.reachable &&
              (q.data.upToDate
                ? t('platform.upToDate')
                : t('platform.behind', { expected: q.data.expectedSchemaVersion }))}
          </dd>
          <dt>{t('platform.size')}</dt>
          <dd>
            {q.data.databaseBytes === null ? '–' : formatBytes(q.data.databaseBytes, i18n.language)}
          </dd>
          <dt>{t('platform.checkedAt')}</dt>
          <dd>{formatDateTime(q.data.checkedAt, i18n.language, timeZone)}</dd>
        </dl>
      )}
      <button type="button" onClick={() => void q.refetch()} disabled={q.isFetching}>
        {t('platform.checkAgain')}
      </button>
    </section>
  );
}

/** Support: the ensemble's app as its admin, in a new tab; the token rides in the fragment. */
function Impersonate({ id }: { id: string }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const start = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/platform/orchestras/{id}/impersonate', {
          params: { path: { id } },
          body: { reason },
        }),
      ),
    onSuccess: (r) => {
      setReason('');
      window.open(`${r.url}/#impersonate=${r.accessToken}`, '_blank', 'noopener');
    },
  });
  return (
    <section className="card" aria-labelledby="imp-title">
      <h2 id="imp-title">{t('impersonation.title')}</h2>
      <p className="muted">{t('impersonation.lead')}</p>
      <form className="inline-form" onSubmit={(e) => (e.preventDefault(), start.mutate())}>
        <Field label={t('impersonation.reason')}>
          {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <button type="submit" disabled={!reason || start.isPending}>
          {t('impersonation.start')}
        </button>
      </form>
      <ErrorNote error={start.error} />
    </section>
  );
}

export function EnsemblePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const [confirmName, setConfirmName] = useState('');
  const path = { params: { path: { id } } };
  const q = useQuery({
    queryKey: qk('orchestra', id),
    queryFn: () => unwrap(api.GET('/platform/orchestras/{id}', path)),
    refetchInterval: (query) => (query.state.data?.status === 'provisioning' ? 1000 : false),
  });
  const changed = (o: Orchestra) => {
    client.setQueryData(qk('orchestra', id), o);
    void client.invalidateQueries({ queryKey: qk('orchestras') });
  };
  const retry = useMutation({
    mutationFn: () => unwrap(api.POST('/platform/orchestras/{id}/provisioning/retry', path)),
    onSuccess: changed,
  });
  const suspend = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/platform/orchestras/{id}/suspend', { ...path, body: { reason } })),
    onSuccess: (o) => (setReason(''), changed(o)),
  });
  const resume = useMutation({
    mutationFn: () => unwrap(api.POST('/platform/orchestras/{id}/resume', path)),
    onSuccess: changed,
  });
  const remove = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/platform/orchestras/{id}', {
          ...path,
          body: { confirmSubdomain: confirmName },
        }),
      ),
    onSuccess: (o) => (changed(o), void navigate('/')),
  });
  const invite = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/platform/orchestras/{id}/invitations', { ...path, body: {} })),
  });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorNote error={q.error} />;
  const o = q.data;
  return (
    <>
      <PageTitle>
        {o.name} <StatusBadge status={o.status} />
      </PageTitle>
      <p>
        <a href={o.url}>{o.url}</a>
      </p>
      {o.statusReason && (
        <p className="muted">{t('platform.reason', { reason: o.statusReason })}</p>
      )}
      <section className="card" aria-labelledby="prov-title">
        <h2 id="prov-title">{t('platform.pipeline')}</h2>
        <Pipeline o={o} />
        {o.provisioning.error && <p className="field-error">{o.provisioning.error}</p>}
        {o.status === 'failed' && (
          <button
            type="button"
            className="primary"
            onClick={() => retry.mutate()}
            disabled={retry.isPending}
          >
            {t('platform.retry')}
          </button>
        )}
        <ErrorNote error={retry.error} />
        <p className="muted">
          {t('platform.schema')}: <code>{o.database.schemaVersion ?? '–'}</code> ·{' '}
          {t('platform.lastMigration')}: {o.lastMigration.status ?? '–'}
          {o.lastMigration.error && <> ({o.lastMigration.error})</>}
        </p>
      </section>
      {o.status === 'active' && <Usage id={id} />}
      {o.status !== 'deleted' && <PlanCard o={o} onChanged={changed} />}
      {(o.status === 'active' || o.status === 'suspended') && <HealthCard id={id} />}
      {(o.status === 'active' || o.status === 'suspended') && (
        <MovesCard id={id} serverId={o.database.serverId} />
      )}
      {o.status !== 'provisioning' && (
        <BackupsCard
          id={id}
          subdomain={o.subdomain}
          canBackUp={o.status === 'active' || o.status === 'suspended'}
        />
      )}
      {o.status === 'active' && (
        <section className="card" aria-labelledby="invite-title">
          <h2 id="invite-title">{t('platform.inviteTitle')}</h2>
          <p className="muted">{t('platform.inviteLead', { email: o.adminEmail })}</p>
          <button type="button" onClick={() => invite.mutate()} disabled={invite.isPending}>
            {t('platform.invite')}
          </button>
          <ErrorNote error={invite.error} />
          {invite.data && (
            <div className="once" role="status">
              <p>{t('platform.inviteOnce')}</p>
              <a href={invite.data.invitationUrl} data-testid="invitation-link">
                {invite.data.invitationUrl}
              </a>
            </div>
          )}
        </section>
      )}
      {o.status === 'active' && <Impersonate id={id} />}
      {(o.status === 'active' || o.status === 'suspended') && (
        <section className="card" aria-labelledby="suspend-title">
          <h2 id="suspend-title">
            {o.status === 'active' ? t('platform.suspend') : t('platform.resume')}
          </h2>
          {o.status === 'active' ? (
            <form className="inline-form" onSubmit={(e) => (e.preventDefault(), suspend.mutate())}>
              <Field label={t('platform.suspendReason')}>
                {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
              </Field>
              <button type="submit" className="danger" disabled={!reason || suspend.isPending}>
                {t('platform.suspend')}
              </button>
            </form>
          ) : (
            <button
              type="button"
              className="primary"
              onClick={() => resume.mutate()}
              disabled={resume.isPending}
            >
              {t('platform.resume')}
            </button>
          )}
          <ErrorNote error={suspend.error ?? resume.error} />
        </section>
      )}
      {o.status !== 'deleted' && (
        <section className="card danger-zone" aria-labelledby="delete-title">
          <h2 id="delete-title">{t('platform.delete')}</h2>
          <p>{t('platform.deleteLead', { subdomain: o.subdomain })}</p>
          <form className="inline-form" onSubmit={(e) => (e.preventDefault(), remove.mutate())}>
            <Field label={t('platform.typeSubdomain')}>
              {(p) => (
                <input
                  {...p}
                  autoComplete="off"
                  value={confirmName}
                  onChange={(e) => setConfirmName(e.target.value)}
                />
              )}
            </Field>
            <button
              type="submit"
              className="danger"
              disabled={confirmName !== o.subdomain || remove.isPending}
            >
              {t('platform.delete')}
            </button>
          </form>
          <ErrorNote error={remove.error} />
        </section>
      )}
    </>
  );
}
