import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import type { components } from '../api/schema';
import { timeZone } from '../context';
import { showServerErrors } from '../lib/forms';
import { ErrorNote, Field, FormActions } from '../ui/kit';

type Project = components['schemas']['ProjectView'];

/** Mirrors CreateProjectDto. */
const schema = z.object({
  name: z.string().trim().min(1, 'form.required').max(200),
  startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'form.date'),
  rehearsalSchedule: z.string().max(5000),
  concertInfo: z.string().max(5000),
  notes: z.string().max(5000),
});
export type ProjectValues = z.infer<typeof schema>;

/** The calendar day of an instant in the ensemble's zone, as a date input wants it. */
const dayOf = (value: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone }).format(new Date(value));

/** The body for the API: empty texts are left out when creating, cleared when editing. */
export function projectBody(v: ProjectValues, editing: boolean) {
  const text = (s: string) => (s || editing ? { value: s } : null);
  return {
    name: v.name,
    startDate: v.startDate,
    ...(text(v.rehearsalSchedule) ? { rehearsalSchedule: v.rehearsalSchedule } : {}),
    ...(text(v.concertInfo) ? { concertInfo: v.concertInfo } : {}),
    ...(text(v.notes) ? { notes: v.notes } : {}),
  };
}

export function ProjectForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial?: Project;
  submitLabel: string;
  onSubmit: (v: ProjectValues) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<ProjectValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      name: initial?.name ?? '',
      startDate: initial ? dayOf(initial.startDate) : '',
      rehearsalSchedule: initial?.rehearsalSchedule ?? '',
      concertInfo: initial?.concertInfo ?? '',
      notes: initial?.notes ?? '',
    },
  });
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      await onSubmit(v);
    } catch (err) {
      if (!showServerErrors(form, err, Object.keys(schema.shape))) setError(err);
    }
  });
  const e = form.formState.errors;
  const msg = (m?: string) => (m ? t(m, { defaultValue: m }) : undefined);
  return (
    <form className="card form-grid" onSubmit={(ev) => void submit(ev)} noValidate>
      <Field label={t('projects.name')} error={msg(e.name?.message)}>
        {(p) => <input {...p} {...form.register('name')} />}
      </Field>
      <Field label={t('projects.startDate')} error={msg(e.startDate?.message)}>
        {(p) => <input {...p} type="date" {...form.register('startDate')} />}
      </Field>
      <Field label={t('projects.rehearsals')} error={msg(e.rehearsalSchedule?.message)}>
        {(p) => <textarea {...p} rows={2} {...form.register('rehearsalSchedule')} />}
      </Field>
      <Field label={t('projects.concert')} error={msg(e.concertInfo?.message)}>
        {(p) => <textarea {...p} rows={2} {...form.register('concertInfo')} />}
      </Field>
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
