import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';

import { api, unwrap } from '../api/client';
import { ApiError } from '../api/errors';
import { appContext } from '../context';
import { ErrorNote, Field } from '../ui/kit';
import { useSession } from './session';

const schema = z
  .object({
    password: z.string().min(12, 'auth.passwordTooShort').max(256),
    repeat: z.string(),
  })
  .refine((v) => v.password === v.repeat, { path: ['repeat'], message: 'auth.passwordsDiffer' });
type Form = z.infer<typeof schema>;

/**
 * The invitation link (`/invitations#<token>`) and the password-reset link
 * (`/reset-password#<token>`): choose a password, then you are signed in.
 */
export function SetPasswordPage({ mode }: { mode: 'invitation' | 'reset' }) {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const [token] = useState(() => window.location.hash.replace(/^#/, ''));
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Form>({
    resolver: zodResolver(schema),
    defaultValues: { password: '', repeat: '' },
  });
  const submit = form.handleSubmit(async ({ password }) => {
    setError(null);
    try {
      const body = { token, password };
      const s = await unwrap(
        mode === 'invitation'
          ? api.POST('/api/auth/invitations/accept', { body })
          : api.POST('/api/auth/password-reset/confirm', { body }),
      );
      // The token must not linger in the address bar or the history.
      window.history.replaceState(null, '', '/');
      session.adopt(s);
      void navigate('/');
    } catch (err) {
      if (err instanceof ApiError && err.fieldErrors().password) {
        form.setError('password', { message: err.fieldErrors().password });
      }
      setError(err);
    }
  });
  const e = form.formState.errors;
  return (
    <div className="centered">
      <form className="card narrow" onSubmit={(ev) => void submit(ev)} noValidate>
        <h1>
          {mode === 'invitation'
            ? t('auth.welcome', { name: appContext.realm === 'tenant' ? appContext.name : 'Tutti' })
            : t('auth.resetTitle')}
        </h1>
        <p className="muted">
          {mode === 'invitation' ? t('auth.choosePassword') : t('auth.resetLead')}
        </p>
        {!token && <ErrorNote error={new Error(t('auth.noInvitationToken'))} />}
        <Field
          label={t('auth.newPassword')}
          error={e.password?.message && t(e.password.message)}
          hint={t('auth.passwordHint')}
        >
          {(p) => (
            <input
              {...p}
              type="password"
              autoComplete="new-password"
              {...form.register('password')}
            />
          )}
        </Field>
        <Field label={t('auth.repeatPassword')} error={e.repeat?.message && t(e.repeat.message)}>
          {(p) => (
            <input
              {...p}
              type="password"
              autoComplete="new-password"
              {...form.register('repeat')}
            />
          )}
        </Field>
        <ErrorNote error={error} />
        <button type="submit" className="primary" disabled={!token || form.formState.isSubmitting}>
          {t('auth.setPassword')}
        </button>
      </form>
    </div>
  );
}
