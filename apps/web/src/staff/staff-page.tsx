import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../api/client';
import { ApiError } from '../api/errors';
import type { components } from '../api/schema';
import type { Permission } from '../auth/permissions';
import { useSession } from '../auth/session';
import { timeZone } from '../context';
import { formatDateTime } from '../lib/format';
import { formText } from '../lib/forms';
import { qk } from '../lib/query-keys';
import { Empty, ErrorNote, Field, Loading, PageTitle, StatusBadge } from '../ui/kit';

type Member = components['schemas']['StaffMemberView'];
type Role = Member['role'];
type Catalogue = components['schemas']['AccessCatalogueView'];

/** The roles and permissions the server defines, for the pickers and the explanations. */
export function useAccessCatalogue() {
  return useQuery({
    queryKey: qk('staff', 'roles'),
    queryFn: () => unwrap(api.GET('/api/staff/roles')),
    staleTime: Infinity,
  });
}

function RoleSelect({
  catalogue,
  value,
  onChange,
  label,
  name,
}: {
  catalogue: Catalogue;
  value?: Role;
  onChange?: (role: Role) => void;
  label: string;
  name?: string;
}) {
  const { t } = useTranslation();
  return (
    <select
      aria-label={label}
      name={name}
      value={value}
      defaultValue={value ? undefined : 'staff'}
      onChange={onChange ? (e) => onChange(e.target.value as Role) : undefined}
    >
      {catalogue.roles.map((r) => (
        <option key={r.name} value={r.name}>
          {t(`staff.roles.${r.name}`)}
        </option>
      ))}
    </select>
  );
}

/** Extra permissions beyond the role: the role's own are shown ticked and fixed. */
function Grants({
  member,
  catalogue,
  onSave,
  saving,
}: {
  member: Member;
  catalogue: Catalogue;
  onSave: (extra: Permission[]) => void;
  saving: boolean;
}) {
  const { t } = useTranslation();
  const fromRole = new Set(catalogue.roles.find((r) => r.name === member.role)?.permissions);
  const submit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    onSave(new FormData(ev.currentTarget).getAll('extra') as Permission[]);
  };
  return (
    <details>
      <summary>{t('staff.permissionsOf', { name: member.name })}</summary>
      <form onSubmit={submit}>
        <fieldset>
          <legend>{t('staff.extraLegend')}</legend>
          {catalogue.permissions.map((p) => (
            <label key={p.name} className="check" title={p.description}>
              <input
                type="checkbox"
                name="extra"
                value={p.name}
                disabled={fromRole.has(p.name)}
                defaultChecked={fromRole.has(p.name) || member.extraPermissions.includes(p.name)}
              />{' '}
              <code>{p.name}</code> <span className="muted">{p.description}</span>
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={saving}>
          {t('staff.saveGrants')}
        </button>
      </form>
    </details>
  );
}

/**
 * The ensemble's accounts: invite someone by email with a role, change roles and extra
 * permissions, deactivate and reactivate. The server keeps one active admin and refuses
 * what the person at the keyboard may not do.
 */
export function StaffPage() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const session = useSession();
  const myId = session.state.kind === 'signed-in' ? session.state.user.id : null;
  const refresh = () => client.invalidateQueries({ queryKey: qk('staff', 'list') });
  const catalogue = useAccessCatalogue();
  const staff = useQuery({
    queryKey: qk('staff', 'list'),
    queryFn: () => unwrap(api.GET('/api/staff')),
  });
  const invite = useMutation({
    mutationFn: (body: components['schemas']['InviteStaffDto']) =>
      unwrap(api.POST('/api/staff/invitations', { body })),
    onSuccess: refresh,
  });
  const change = useMutation({
    mutationFn: (v: { id: string; body: components['schemas']['ChangeStaffDto'] }) =>
      unwrap(api.PATCH('/api/staff/{id}', { params: { path: { id: v.id } }, body: v.body })),
    onSuccess: refresh,
  });
  const deactivate = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/staff/{id}/deactivate', { params: { path: { id } } })),
    onSuccess: refresh,
  });
  const reactivate = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/staff/{id}/reactivate', { params: { path: { id } } })),
    onSuccess: refresh,
  });
  const errors = invite.error instanceof ApiError ? invite.error.fieldErrors() : {};
  const submit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const form = ev.currentTarget;
    const d = new FormData(form);
    invite.mutate(
      {
        email: formText(d, 'email').trim(),
        name: formText(d, 'name').trim(),
        role: formText(d, 'role') as Role,
      },
      { onSuccess: () => form.reset() },
    );
  };
  if (catalogue.isPending || staff.isPending) return <Loading />;
  if (catalogue.isError || staff.isError)
    return <ErrorNote error={catalogue.error ?? staff.error} />;
  const roles = catalogue.data;
  return (
    <>
      <PageTitle>{t('nav.staff')}</PageTitle>
      <section className="card" aria-labelledby="invite-title">
        <h2 id="invite-title">{t('staff.inviteTitle')}</h2>
        <p className="muted">{t('staff.inviteLead')}</p>
        <form className="inline-form" onSubmit={submit} noValidate>
          <Field label={t('staff.name')} error={errors.name}>
            {(p) => <input {...p} name="name" required autoComplete="off" />}
          </Field>
          <Field label={t('staff.email')} error={errors.email}>
            {(p) => <input {...p} name="email" type="email" required autoComplete="off" />}
          </Field>
          <Field label={t('staff.role')} error={errors.role}>
            {(p) => (
              <span id={p.id}>
                <RoleSelect catalogue={roles} label={t('staff.role')} name="role" />
              </span>
            )}
          </Field>
          <button type="submit" className="primary" disabled={invite.isPending}>
            {t('staff.invite')}
          </button>
        </form>
        {invite.isSuccess && (
          <p role="status">{t('staff.invited', { email: invite.data.email })}</p>
        )}
        <ErrorNote error={Object.keys(errors).length ? null : invite.error} />
      </section>
      <section className="card" aria-labelledby="staff-title">
        <h2 id="staff-title">{t('staff.listTitle')}</h2>
        <ErrorNote error={change.error ?? deactivate.error ?? reactivate.error} />
        {staff.data.length === 0 ? (
          <Empty>{t('staff.none')}</Empty>
        ) : (
          <div className="table-wrap">
            <table className="table" aria-label={t('staff.listTitle')}>
              <thead>
                <tr>
                  <th scope="col">{t('staff.name')}</th>
                  <th scope="col">{t('staff.role')}</th>
                  <th scope="col">{t('staff.status')}</th>
                  <th scope="col">{t('staff.lastSignIn')}</th>
                  <th scope="col" />
                </tr>
              </thead>
              <tbody>
                {staff.data.map((m) => (
                  <tr key={m.id}>
                    <td>
                      {m.name}
                      <br />
                      <span className="muted">{m.email}</span>
                      <Grants
                        member={m}
                        catalogue={roles}
                        saving={change.isPending}
                        onSave={(extra) =>
                          change.mutate({ id: m.id, body: { extraPermissions: extra } })
                        }
                      />
                    </td>
                    <td>
                      <RoleSelect
                        catalogue={roles}
                        label={t('staff.roleOf', { name: m.name })}
                        value={m.role}
                        onChange={(role) => change.mutate({ id: m.id, body: { role } })}
                      />
                    </td>
                    <td>
                      <StatusBadge status={m.status} />
                      {m.status === 'invited' && m.invitationExpiresAt && (
                        <span className="muted">
                          {' '}
                          {t('staff.until', {
                            time: formatDateTime(m.invitationExpiresAt, i18n.language, timeZone),
                          })}
                        </span>
                      )}
                    </td>
                    <td>
                      {m.lastLoginAt ? formatDateTime(m.lastLoginAt, i18n.language, timeZone) : '–'}
                    </td>
                    <td>
                      {m.status === 'deactivated' ? (
                        <button type="button" onClick={() => reactivate.mutate(m.id)}>
                          {t('staff.reactivate')}
                        </button>
                      ) : m.id === myId ? null : (
                        <button
                          type="button"
                          className="danger"
                          onClick={() =>
                            window.confirm(t('staff.confirmDeactivate', { name: m.name })) &&
                            deactivate.mutate(m.id)
                          }
                        >
                          {t('staff.deactivate', { name: m.name })}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
