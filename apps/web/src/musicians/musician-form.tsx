import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import type { components } from '../api/schema';
import { showServerErrors } from '../lib/forms';
import { ErrorNote, Field, FormActions } from '../ui/kit';

type Musician = components['schemas']['MusicianView'];

/** Mirrors CreateMusicianDto: the server checks again and names the field when it refuses. */
const schema = z.object({
  firstName: z.string().trim().min(1, 'form.required').max(100),
  lastName: z.string().trim().min(1, 'form.required').max(100),
  email: z.string().trim().email('form.email').max(254),
  phone: z.string().trim().max(40),
  preferredLanguage: z.enum(['sv', 'en']),
  localResidence: z.boolean(),
  notes: z.string().max(5000),
});
export type MusicianValues = z.infer<typeof schema>;
const FIELDS = Object.keys(schema.shape);

export function MusicianForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial?: Musician;
  submitLabel: string;
  onSubmit: (values: MusicianValues) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<MusicianValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      firstName: initial?.firstName ?? '',
      lastName: initial?.lastName ?? '',
      email: initial?.email ?? '',
      phone: initial?.phone ?? '',
      preferredLanguage: initial?.preferredLanguage ?? 'sv',
      localResidence: initial?.localResidence ?? true,
      notes: initial?.notes ?? '',
    },
  });
  const submit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      await onSubmit(values);
    } catch (err) {
      if (!showServerErrors(form, err, FIELDS)) setError(err);
    }
  });
  const e = form.formState.errors;
  const msg = (m?: string) => (m ? t(m, { defaultValue: m }) : undefined);
  return (
    <form className="card form-grid" onSubmit={(ev) => void submit(ev)} noValidate>
      <Field label={t('musicians.firstName')} error={msg(e.firstName?.message)}>
        {(p) => <input {...p} autoComplete="given-name" {...form.register('firstName')} />}
      </Field>
      <Field label={t('musicians.lastName')} error={msg(e.lastName?.message)}>
        {(p) => <input {...p} autoComplete="family-name" {...form.register('lastName')} />}
      </Field>
      <Field label={t('musicians.email')} error={msg(e.email?.message)}>
        {(p) => <input {...p} type="email" {...form.register('email')} />}
      </Field>
      <Field
        label={t('musicians.phone')}
        error={msg(e.phone?.message)}
        hint={t('musicians.phoneHint')}
      >
        {(p) => <input {...p} type="tel" inputMode="tel" {...form.register('phone')} />}
      </Field>
      <Field label={t('musicians.language')} error={msg(e.preferredLanguage?.message)}>
        {(p) => (
          <select {...p} {...form.register('preferredLanguage')}>
            <option value="sv">Svenska</option>
            <option value="en">English</option>
          </select>
        )}
      </Field>
      <div className="field checkbox">
        <label>
          <input type="checkbox" {...form.register('localResidence')} /> {t('musicians.local')}
        </label>
      </div>
      <Field label={t('musicians.notes')} error={msg(e.notes?.message)}>
        {(p) => <textarea {...p} rows={2} {...form.register('notes')} />}
      </Field>
      <ErrorNote error={error} />
      <FormActions
        submitLabel={submitLabel}
        submitting={form.formState.isSubmitting}
        onCancel={onCancel}
      />
    </form>
  );
}
