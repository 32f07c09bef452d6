import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../api/client';
import { ApiError } from '../api/errors';
import { formText } from '../lib/forms';
import { qk } from '../lib/query-keys';
import { ErrorNote, Field } from '../ui/kit';

type Kind = 'logo' | 'favicon';

/** Upload through the typed client: a multipart body with the one `file` part. */
function uploadImage(kind: Kind, file: File) {
  const form = new FormData();
  form.append('file', file);
  const init = { body: {} as never, bodySerializer: () => form };
  return unwrap(
    kind === 'logo'
      ? api.POST('/api/branding/logo', init)
      : api.POST('/api/branding/favicon', init),
  );
}

/**
 * The ensemble's colours (the server refuses one too faint where it is used, and says why),
 * its logo and its browser icon. They show in the app after a reload, on the answer page and
 * on the public site.
 */
export function BrandingPanel() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const key = qk('branding');
  const q = useQuery({ queryKey: key, queryFn: () => unwrap(api.GET('/api/branding')) });
  const [chosen, setChosen] = useState<Record<Kind, File | null>>({ logo: null, favicon: null });
  const colours = useMutation({
    mutationFn: (body: { primaryColor: string; secondaryColor: string }) =>
      unwrap(api.PUT('/api/branding/colours', { body })),
    onSuccess: (v) => client.setQueryData(key, v),
  });
  const upload = useMutation({
    mutationFn: (v: { kind: Kind; file: File }) => uploadImage(v.kind, v.file),
    onSuccess: (v) => client.setQueryData(key, v),
  });
  const errors = colours.error instanceof ApiError ? colours.error.fieldErrors() : {};
  const submit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const d = new FormData(ev.currentTarget);
    colours.mutate({
      primaryColor: formText(d, 'primaryColor'),
      secondaryColor: formText(d, 'secondaryColor'),
    });
  };
  const b = q.data;
  if (!b) return <ErrorNote error={q.error} />;
  return (
    <section className="card" aria-labelledby="branding-title">
      <h2 id="branding-title">{t('branding.title')}</h2>
      <form className="inline-form" onSubmit={submit} noValidate>
        <Field label={t('branding.primary')} error={errors.primaryColor}>
          {(p) => <input {...p} type="color" name="primaryColor" defaultValue={b.primaryColor} />}
        </Field>
        <Field label={t('branding.secondary')} error={errors.secondaryColor}>
          {(p) => (
            <input {...p} type="color" name="secondaryColor" defaultValue={b.secondaryColor} />
          )}
        </Field>
        <button type="submit" disabled={colours.isPending}>
          {t('branding.saveColours')}
        </button>
      </form>
      {colours.isSuccess && <p role="status">{t('common.saved')}</p>}
      {(['logo', 'favicon'] as const).map((kind) => {
        const current = kind === 'logo' ? b.logoUrl : b.faviconUrl;
        return (
          <div key={kind} className="row">
            <Field label={t(`branding.${kind}`)} hint={t(`branding.${kind}Hint`)}>
              {(p) => (
                <input
                  {...p}
                  type="file"
                  accept={kind === 'logo' ? 'image/png,image/jpeg,image/webp' : 'image/png,.ico'}
                  onChange={(e) =>
                    setChosen((c) => ({ ...c, [kind]: e.target.files?.[0] ?? null }))
                  }
                />
              )}
            </Field>
            <button
              type="button"
              disabled={!chosen[kind] || upload.isPending}
              onClick={() => chosen[kind] && upload.mutate({ kind, file: chosen[kind] })}
            >
              {t(`branding.upload.${kind}`)}
            </button>
            {current && <img className="brand-preview" src={current} alt={t(`branding.${kind}`)} />}
          </div>
        );
      })}
      <ErrorNote
        error={q.error ?? (Object.keys(errors).length ? null : colours.error) ?? upload.error}
      />
    </section>
  );
}
