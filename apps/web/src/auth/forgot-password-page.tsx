import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { api, unwrap } from '../api/client';
import { ApiError } from '../api/errors';
import { ErrorNote, Field } from '../ui/kit';

/** Asks for a reset link; the answer is the same whether the email is known or not. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const send = useMutation({
    mutationFn: () => unwrap(api.POST('/api/auth/password-reset', { body: { email } })),
  });
  const fieldError = send.error instanceof ApiError ? send.error.fieldErrors().email : undefined;
  return (
    <div className="centered">
      <form
        className="card narrow"
        onSubmit={(e) => (e.preventDefault(), send.mutate())}
        noValidate
      >
        <h1>{t('auth.forgotTitle')}</h1>
        <p className="muted">{t('auth.forgotLead')}</p>
        <Field label={t('auth.email')} error={fieldError}>
          {(p) => (
            <input
              {...p}
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        {!fieldError && <ErrorNote error={send.error} />}
        {send.isSuccess && <p role="status">{t('auth.forgotSent')}</p>}
        <div className="actions">
          <button type="submit" className="primary" disabled={!email || send.isPending}>
            {t('auth.forgotSend')}
          </button>
          <Link to="/">{t('auth.backToSignIn')}</Link>
        </div>
      </form>
    </div>
  );
}
