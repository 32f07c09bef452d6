import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { api, unwrap } from '../api/client';
import { Can } from '../auth/permissions';
import { timeZone } from '../context';
import { dayIn, formatDateTime, instantIn } from '../lib/format';
import { formText } from '../lib/forms';
import { qk } from '../lib/query-keys';
import { Empty, ErrorNote, Field, Loading, Pager, PageTitle } from '../ui/kit';
import { EVENT_TYPES, EventForm } from './event-form';

const PAGE_SIZE = 25;

function Venues() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const venues = useQuery({
    queryKey: qk('venues'),
    queryFn: () => unwrap(api.GET('/api/venues', { params: { query: { pageSize: 200 } } })),
  });
  const add = useMutation({
    mutationFn: (body: {
      name: string;
      address?: string;
      city?: string;
      directions?: string;
      parking?: string;
      latitude?: number;
      longitude?: number;
    }) => unwrap(api.POST('/api/venues', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: qk('venues') }),
  });
  const submit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const form = ev.currentTarget;
    const data = new FormData(form);
    const text = (k: string) => formText(data, k).trim();
    const optional = (k: string) => (text(k) ? { [k]: text(k) } : {});
    const number = (k: string) => (text(k) ? Number(text(k)) : undefined);
    add.mutate(
      {
        name: text('name'),
        ...optional('address'),
        ...optional('city'),
        ...optional('directions'),
        ...optional('parking'),
        ...(number('latitude') !== undefined ? { latitude: number('latitude') } : {}),
        ...(number('longitude') !== undefined ? { longitude: number('longitude') } : {}),
      },
      { onSuccess: () => form.reset() },
    );
  };
  return (
    <section className="card" aria-labelledby="venues-title">
      <h2 id="venues-title">
        <button type="button" className="link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('events.venues')} ({venues.data?.total ?? 0})
        </button>
      </h2>
      {open && (
        <>
          {venues.data && venues.data.items.length === 0 && <Empty>{t('events.noVenues')}</Empty>}
          <ul>
            {venues.data?.items.map((v) => (
              <li key={v.id}>
                <strong>{v.name}</strong>
                {v.address && (
                  <span className="muted"> · {[v.address, v.city].filter(Boolean).join(', ')}</span>
                )}
              </li>
            ))}
          </ul>
          <form className="form-grid" onSubmit={submit}>
            <Field label={t('events.venueName')}>
              {(p) => <input {...p} name="name" required />}
            </Field>
            <Field label={t('events.address')}>{(p) => <input {...p} name="address" />}</Field>
            <Field label={t('events.city')}>{(p) => <input {...p} name="city" />}</Field>
            <Field label={t('events.directions')}>
              {(p) => <input {...p} name="directions" />}
            </Field>
            <Field label={t('events.parking')}>{(p) => <input {...p} name="parking" />}</Field>
            <Field label={t('events.latitude')}>
              {(p) => <input {...p} name="latitude" type="number" step="any" min={-90} max={90} />}
            </Field>
            <Field label={t('events.longitude')}>
              {(p) => (
                <input {...p} name="longitude" type="number" step="any" min={-180} max={180} />
              )}
            </Field>
            <ErrorNote error={add.error} />
            <div className="actions">
              <button type="submit" disabled={add.isPending}>
                {t('events.addVenue')}
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}

export function EventsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [upcoming, setUpcoming] = useState(true);
  const [type, setType] = useState('');
  const [page, setPage] = useState(1);
  // From the start of today in the ensemble's zone, so tonight's rehearsal is still listed.
  const from = upcoming
    ? instantIn(dayIn(new Date(), timeZone), '00:00', timeZone).toISOString()
    : undefined;
  const q = useQuery({
    queryKey: qk('events', { from, type, page }),
    queryFn: () =>
      unwrap(
        api.GET('/api/events', {
          params: {
            query: {
              page,
              pageSize: PAGE_SIZE,
              ...(from ? { from } : {}),
              ...(type ? { type: type as (typeof EVENT_TYPES)[number] } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const pages = q.data ? Math.max(1, Math.ceil(q.data.total / PAGE_SIZE)) : 1;
  return (
    <>
      <PageTitle
        actions={
          <Can permission="season.write">
            <>
              <a href="/public" target="_blank" rel="noreferrer">
                {t('events.publicSite')}
              </a>
              <a href="/calendar/public.ics">{t('events.calendarFeed')}</a>
              <button
                type="button"
                className="primary"
                onClick={() => setAdding((a) => !a)}
                aria-expanded={adding}
              >
                {t('events.new')}
              </button>
            </>
          </Can>
        }
      >
        {t('nav.events')}
      </PageTitle>
      {adding && (
        <EventForm
          onCancel={() => setAdding(false)}
          onCreated={(made) => {
            void client.invalidateQueries({ queryKey: qk('events') });
            void navigate(`/events/${made[0].id}`, {
              state: { created: made.length },
            });
          }}
        />
      )}
      <Venues />
      <div className="filters">
        <label>
          <input
            type="checkbox"
            checked={upcoming}
            onChange={(e) => setUpcoming(e.target.checked)}
          />{' '}
          {t('events.upcoming')}
        </label>
        <label>
          {t('events.type')}{' '}
          <select value={type} onChange={(e) => setType(e.target.value)}>
            <option value="">{t('events.all')}</option>
            {EVENT_TYPES.map((x) => (
              <option key={x} value={x}>
                {t(`eventType.${x}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorNote error={q.error} />
      ) : q.data.items.length === 0 ? (
        <Empty>{t('events.none')}</Empty>
      ) : (
        <>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('events.when')}</th>
                  <th scope="col">{t('events.title')}</th>
                  <th scope="col">{t('events.type')}</th>
                  <th scope="col">{t('events.venue')}</th>
                </tr>
              </thead>
              <tbody>
                {q.data.items.map((e) => (
                  <tr key={e.id}>
                    <td>{formatDateTime(e.startsAt, i18n.language, timeZone)}</td>
                    <td>
                      <Link to={`/events/${e.id}`}>{e.title}</Link>{' '}
                      <span className={`badge badge-${e.status}`}>
                        {t(`eventStatus.${e.status}`)}
                      </span>
                    </td>
                    <td>{t(`eventType.${e.type}`)}</td>
                    <td>{e.venue?.name ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} pages={pages} onPage={setPage} />
        </>
      )}
    </>
  );
}
