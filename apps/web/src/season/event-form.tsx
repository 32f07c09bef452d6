import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { timeZone } from '../context';
import { dayIn, instantIn, timeIn } from '../lib/format';
import { showServerErrors } from '../lib/forms';
import { qk } from '../lib/query-keys';
import { ErrorNote, Field, FormActions } from '../ui/kit';

export const EVENT_TYPES = [
  'concert',
  'rehearsal',
  'sectional',
  'board_meeting',
  'social',
  'other',
] as const;

const time = z.string().regex(/^\d{2}:\d{2}$/, 'form.required');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'form.date');

/** Mirrors CreateEventDto and CreateSeriesDto; times are typed in the ensemble's zone. */
const schema = z.object({
  title: z.string().trim().min(1, 'form.required').max(200),
  type: z.enum(EVENT_TYPES),
  day,
  start: time,
  end: time,
  callTime: z.union([time, z.literal('')]),
  venueId: z.string(),
  projectId: z.string(),
  capacity: z.string().regex(/^([1-9]\d{0,5})?$/, 'form.atLeastOne'),
  dressCode: z.string().max(200),
  description: z.string().max(5000),
  slug: z.string().max(120),
  repeatUntil: z.union([day, z.literal('')]),
  except: z.string().max(2000),
  publish: z.boolean(),
});
type Values = z.infer<typeof schema>;
const FIELDS = Object.keys(schema.shape);

/** The API's field names, mapped back to the inputs that produced them. */
const FIELD_OF: Record<string, string> = {
  startsAt: 'start',
  endsAt: 'end',
  repeatWeeklyUntil: 'repeatUntil',
};

export type CreatedEvents = { id: string }[];
type EventView = components['schemas']['EventView'];

/** The form's values for an event being edited (times in the ensemble's zone). */
function valuesOf(e: EventView): Values {
  return {
    title: e.title,
    type: e.type,
    day: dayIn(e.startsAt, timeZone),
    start: timeIn(e.startsAt, timeZone),
    end: timeIn(e.endsAt, timeZone),
    callTime: e.callTime ? timeIn(e.callTime, timeZone) : '',
    venueId: e.venue ? String(e.venue.id) : '',
    projectId: e.project?.id ?? '',
    capacity: e.capacity ? String(e.capacity) : '',
    dressCode: e.dressCode ?? '',
    description: e.description ?? '',
    slug: e.slug,
    repeatUntil: '',
    except: '',
    publish: e.status !== 'draft',
  };
}

/**
 * Creates one event, or a weekly series when "repeat until" is given; or, given an event,
 * changes it (cleared fields are cleared). Calls back with what was made or saved.
 */
export function EventForm({
  initial,
  onCreated,
  onCancel,
}: {
  initial?: EventView;
  onCreated: (events: CreatedEvents) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const venues = useQuery({
    queryKey: qk('venues'),
    queryFn: () => unwrap(api.GET('/api/venues', { params: { query: { pageSize: 200 } } })),
  });
  const projects = useQuery({
    queryKey: qk('projects', 'choices'),
    queryFn: () => unwrap(api.GET('/api/projects', { params: { query: { pageSize: 200 } } })),
  });
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: initial
      ? valuesOf(initial)
      : {
          title: '',
          type: 'rehearsal',
          day: '',
          start: '19:00',
          end: '21:30',
          callTime: '',
          venueId: '',
          projectId: '',
          capacity: '',
          dressCode: '',
          description: '',
          slug: '',
          repeatUntil: '',
          except: '',
          publish: false,
        },
  });
  const editing = initial !== undefined;
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    const at = (hhmm: string) => instantIn(v.day, hhmm, timeZone).toISOString();
    const body = {
      title: v.title,
      type: v.type,
      startsAt: at(v.start),
      // An end before the start is the next day's (a late rehearsal), as people mean it.
      endsAt: v.end <= v.start ? addDay(at(v.end)) : at(v.end),
      ...(v.callTime ? { callTime: at(v.callTime) } : {}),
      ...(v.venueId ? { venueId: Number(v.venueId) } : {}),
      ...(v.projectId ? { projectId: v.projectId } : {}),
      ...(v.capacity ? { capacity: Number(v.capacity) } : {}),
      ...(v.dressCode ? { dressCode: v.dressCode } : {}),
      ...(v.description ? { description: v.description } : {}),
      ...(v.slug ? { slug: v.slug } : {}),
      status: v.publish ? ('published' as const) : ('draft' as const),
    };
    try {
      if (initial) {
        const optional = <T,>(value: T | '') => (value === '' ? null : value);
        await unwrap(
          api.PATCH('/api/events/{id}', {
            params: { path: { id: initial.id } },
            body: {
              title: body.title,
              type: body.type,
              startsAt: body.startsAt,
              endsAt: body.endsAt,
              callTime: v.callTime ? at(v.callTime) : null,
              venueId: v.venueId ? Number(v.venueId) : null,
              projectId: optional(v.projectId),
              capacity: v.capacity ? Number(v.capacity) : null,
              dressCode: optional(v.dressCode),
              description: optional(v.description),
            },
          }),
        );
        onCreated([{ id: initial.id }]);
      } else if (v.repeatUntil) {
        const except = v.except
          .split(/[\s,]+/)
          .map((d: string) => d.trim())
          .filter(Boolean);
        const made = await unwrap(
          api.POST('/api/events/series', {
            body: { ...body, repeatWeeklyUntil: v.repeatUntil, except },
          }),
        );
        onCreated(made.items);
      } else {
        onCreated([await unwrap(api.POST('/api/events', { body }))]);
      }
    } catch (err) {
      if (!showServerErrors(form, err, FIELDS, FIELD_OF)) setError(err);
    }
  });
  const e = form.formState.errors;
  const msg = (m?: string) => (m ? t(m, { defaultValue: m }) : undefined);
  return (
    <form className="card form-grid" onSubmit={(ev) => void submit(ev)} noValidate>
      <Field label={t('events.title')} error={msg(e.title?.message)}>
        {(p) => <input {...p} {...form.register('title')} />}
      </Field>
      <Field label={t('events.type')}>
        {(p) => (
          <select {...p} {...form.register('type')}>
            {EVENT_TYPES.map((x) => (
              <option key={x} value={x}>
                {t(`eventType.${x}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('events.date')} error={msg(e.day?.message)}>
        {(p) => <input {...p} type="date" {...form.register('day')} />}
      </Field>
      <Field label={t('events.starts')} error={msg(e.start?.message)}>
        {(p) => <input {...p} type="time" {...form.register('start')} />}
      </Field>
      <Field label={t('events.ends')} error={msg(e.end?.message)}>
        {(p) => <input {...p} type="time" {...form.register('end')} />}
      </Field>
      <Field label={t('events.callTime')} error={msg(e.callTime?.message)}>
        {(p) => <input {...p} type="time" {...form.register('callTime')} />}
      </Field>
      <Field label={t('events.venue')} error={msg(e.venueId?.message)}>
        {(p) => (
          <select {...p} {...form.register('venueId')}>
            <option value="">{t('events.noVenue')}</option>
            {venues.data?.items.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('events.project')} error={msg(e.projectId?.message)}>
        {(p) => (
          <select {...p} {...form.register('projectId')}>
            <option value="">{t('events.noProject')}</option>
            {projects.data?.items.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t('events.capacity')}
        hint={t('events.capacityHint')}
        error={msg(e.capacity?.message)}
      >
        {(p) => (
          <input {...p} type="number" min={1} inputMode="numeric" {...form.register('capacity')} />
        )}
      </Field>
      <Field label={t('events.dressCode')} error={msg(e.dressCode?.message)}>
        {(p) => <input {...p} {...form.register('dressCode')} />}
      </Field>
      <Field label={t('events.description')} error={msg(e.description?.message)}>
        {(p) => <textarea {...p} rows={2} {...form.register('description')} />}
      </Field>
      {!editing && (
        <>
          <Field label={t('events.slug')} hint={t('events.slugHint')} error={msg(e.slug?.message)}>
            {(p) => <input {...p} {...form.register('slug')} />}
          </Field>
          <Field
            label={t('events.repeatUntil')}
            hint={t('events.repeatHint')}
            error={msg(e.repeatUntil?.message)}
          >
            {(p) => <input {...p} type="date" {...form.register('repeatUntil')} />}
          </Field>
          <Field
            label={t('events.except')}
            hint={t('events.exceptHint')}
            error={msg(e.except?.message)}
          >
            {(p) => <input {...p} {...form.register('except')} />}
          </Field>
          <label className="check">
            <input type="checkbox" {...form.register('publish')} /> {t('events.publishNow')}
          </label>
        </>
      )}
      <ErrorNote error={error} />
      <FormActions
        submitLabel={editing ? t('common.save') : t('events.create')}
        submitting={form.formState.isSubmitting}
        onCancel={onCancel}
      />
    </form>
  );
}

function addDay(iso: string): string {
  return new Date(new Date(iso).getTime() + 86_400_000).toISOString();
}
