import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { formText } from '../lib/forms';
import { qk } from '../lib/query-keys';
import { ErrorNote, Field } from '../ui/kit';

type Musician = components['schemas']['MusicianView'];
type MembershipStatus = Musician['membershipStatus'];

export const MEMBERSHIP_STATUSES: MembershipStatus[] = [
  'active',
  'inactive',
  'leave_of_absence',
  'alumni',
  'audition',
  'pending',
  'substitute',
];

/** The person as a member: status, dates, emergency contact, and their calendar feed. */
export function MembershipPanel({ musician }: { musician: Musician }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const id = musician.id;
  const save = useMutation({
    mutationFn: (body: {
      membershipStatus: MembershipStatus;
      joinedOn: string | null;
      leftOn: string | null;
      emergencyName: string | null;
      emergencyPhone: string | null;
      emergencyEmail: string | null;
      photoUrl: string | null;
    }) => unwrap(api.PATCH('/api/musicians/{id}', { params: { path: { id } }, body })),
    onSuccess: (data) => {
      client.setQueryData(qk('musician', id), data);
      void client.invalidateQueries({ queryKey: qk('musicians') });
    },
  });
  const submit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const data = new FormData(ev.currentTarget);
    const text = (k: string) => formText(data, k).trim() || null;
    save.mutate({
      membershipStatus: formText(data, 'membershipStatus') as MembershipStatus,
      joinedOn: text('joinedOn'),
      leftOn: text('leftOn'),
      emergencyName: text('emergencyName'),
      emergencyPhone: text('emergencyPhone'),
      emergencyEmail: text('emergencyEmail'),
      photoUrl: text('photoUrl'),
    });
  };
  return (
    <section className="card" aria-labelledby="membership-title">
      <h2 id="membership-title">{t('membership.title')}</h2>
      <form className="form-grid" onSubmit={submit} key={musician.updatedAt}>
        <Field label={t('membership.status')}>
          {(p) => (
            <select {...p} name="membershipStatus" defaultValue={musician.membershipStatus}>
              {MEMBERSHIP_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`membershipStatus.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('membership.joinedOn')}>
          {(p) => (
            <input {...p} type="date" name="joinedOn" defaultValue={musician.joinedOn ?? ''} />
          )}
        </Field>
        <Field label={t('membership.leftOn')}>
          {(p) => <input {...p} type="date" name="leftOn" defaultValue={musician.leftOn ?? ''} />}
        </Field>
        <Field label={t('membership.emergencyName')}>
          {(p) => <input {...p} name="emergencyName" defaultValue={musician.emergencyName ?? ''} />}
        </Field>
        <Field label={t('membership.emergencyPhone')}>
          {(p) => (
            <input
              {...p}
              type="tel"
              name="emergencyPhone"
              defaultValue={musician.emergencyPhone ?? ''}
            />
          )}
        </Field>
        <Field label={t('membership.emergencyEmail')}>
          {(p) => (
            <input
              {...p}
              type="email"
              name="emergencyEmail"
              defaultValue={musician.emergencyEmail ?? ''}
            />
          )}
        </Field>
        <Field label={t('membership.photoUrl')}>
          {(p) => (
            <input {...p} type="url" name="photoUrl" defaultValue={musician.photoUrl ?? ''} />
          )}
        </Field>
        {musician.photoUrl && <img src={musician.photoUrl} alt="" className="photo" />}
        <ErrorNote error={save.error} />
        <div className="actions">
          <button type="submit" disabled={save.isPending}>
            {t('membership.save')}
          </button>
        </div>
        {save.isSuccess && <p role="status">{t('common.saved')}</p>}
      </form>
      <SecretLink
        kind="calendar"
        issue={() =>
          unwrap(api.POST('/api/musicians/{id}/calendar-feed', { params: { path: { id } } }))
        }
        revoke={() =>
          unwrap(api.DELETE('/api/musicians/{id}/calendar-feed', { params: { path: { id } } }))
        }
      />
      <SecretLink
        kind="memberLink"
        issue={() =>
          unwrap(api.POST('/api/musicians/{id}/member-link', { params: { path: { id } } }))
        }
        revoke={() =>
          unwrap(api.DELETE('/api/musicians/{id}/member-link', { params: { path: { id } } }))
        }
      />
    </section>
  );
}

/** A secret address for the member (shown once when made), and a way to stop it. */
function SecretLink({
  kind,
  issue,
  revoke,
}: {
  kind: 'calendar' | 'memberLink';
  issue: () => Promise<{ url: string }>;
  revoke: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const made = useMutation({ mutationFn: issue });
  const stopped = useMutation({ mutationFn: revoke, onSuccess: () => made.reset() });
  return (
    <>
      <h3>{t(`membership.${kind}`)}</h3>
      <p className="muted">{t(`membership.${kind}Lead`)}</p>
      <div className="actions">
        <button type="button" disabled={made.isPending} onClick={() => made.mutate()}>
          {t(`membership.${kind}Issue`)}
        </button>
        <button type="button" disabled={stopped.isPending} onClick={() => stopped.mutate()}>
          {t(`membership.${kind}Revoke`)}
        </button>
      </div>
      {made.data && (
        <div className="once" role="status">
          <p>{t(`membership.${kind}Once`)}</p>
          <code>{made.data.url}</code>
        </div>
      )}
      {stopped.isSuccess && <p role="status">{t(`membership.${kind}Revoked`)}</p>}
      <ErrorNote error={made.error ?? stopped.error} />
    </>
  );
}
