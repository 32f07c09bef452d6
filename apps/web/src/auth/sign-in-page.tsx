import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';

import { ApiError } from '../api/errors';
import { appContext } from '../context';
import { ErrorNote, Field } from '../ui/kit';
import { LanguageSwitch } from '../ui/layout';
import { useSession } from './session';

const schema = z.object({
  email: z.string().trim().min(1, 'auth.emailRequired').max(254),
  password: z.string().min(1, 'auth.passwordRequired').max(256),
});
type Form = z.infer<typeof schema>;

export function SignInPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Form>({
    resolver: zodResolver(schema),
    defaultValues: { email: '', password: '' },
  });
  const submit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      await session.signIn(values.email, values.password);
    } catch (err) {
      if (err instanceof ApiError) {
        for (const [field, message] of Object.entries(err.fieldErrors())) {
          if (field === 'email' || field === 'password') form.setError(field, { message });
        }
      }
      setError(err);
    }
  });
  const e = form.formState.errors;
  return (
    <div className="centered">
      <form className="card narrow" onSubmit={(ev) => void submit(ev)} noValidate>
        <div className="card-head">
          <h1>{appContext.realm === 'tenant' ? appContext.name : t('platform.title')}</h1>
          <LanguageSwitch />
        </div>
        <p className="muted">{t('auth.signInLead')}</p>
        <Field label={t('auth.email')} error={e.email?.message && t(e.email.message)}>
          {(p) => <input {...p} type="email" autoComplete="username" {...form.register('email')} />}
        </Field>
        <Field label={t('auth.password')} error={e.password?.message && t(e.password.message)}>
          {(p) => (
            <input
              {...p}
              type="password"
              autoComplete="current-password"
              {...form.register('password')}
            />
          )}
        </Field>
        <ErrorNote error={error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
            {t('auth.signIn')}
          </button>
          {appContext.realm === 'tenant' && <Link to="/forgot-password">{t('auth.forgot')}</Link>}
        </div>
        {appContext.realm === 'platform' && (
          <p>
            <Link to="/signup">{t('signup.cta')}</Link>
          </p>
        )}
      </form>
    </div>
  );
}
