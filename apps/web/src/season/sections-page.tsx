import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { formText } from '../lib/forms';
import { qk } from '../lib/query-keys';
import { Empty, ErrorNote, Field, Loading, PageTitle } from '../ui/kit';

type Section = components['schemas']['SectionView'];

function SectionCard({ section }: { section: Section }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const people = useQuery({
    queryKey: qk('musicians', 'members'),
    queryFn: () =>
      unwrap(api.GET('/api/musicians', { params: { query: { pageSize: 200, archived: false } } })),
  });
  const refresh = () => client.invalidateQueries({ queryKey: qk('sections') });
  const put = useMutation({
    mutationFn: (v: { musicianId: string; isLeader: boolean }) =>
      unwrap(
        api.PUT('/api/sections/{id}/members/{musicianId}', {
          params: { path: { id: section.id, musicianId: v.musicianId } },
          body: { isLeader: v.isLeader },
        }),
      ),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (musicianId: string) =>
      unwrap(
        api.DELETE('/api/sections/{id}/members/{musicianId}', {
          params: { path: { id: section.id, musicianId } },
        }),
      ),
    onSuccess: refresh,
  });
  const inSection = new Set(section.members.map((m) => m.id));
  const submit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const data = new FormData(ev.currentTarget);
    const musicianId = formText(data, 'musicianId');
    if (musicianId) put.mutate({ musicianId, isLeader: data.get('isLeader') === 'on' });
  };
  return (
    <li className="card">
      <h2>{section.name}</h2>
      {section.members.length === 0 ? (
        <Empty>{t('sections.noMembers')}</Empty>
      ) : (
        <ul>
          {section.members.map((m) => {
            const name = `${m.firstName} ${m.lastName}`;
            return (
              <li key={m.id} className="row">
                <Link to={`/musicians/${m.id}`}>{name}</Link>
                {m.isLeader && <span className="badge">{t('sections.leader')}</span>}
                <button
                  type="button"
                  className="link"
                  aria-label={t('sections.remove', { name })}
                  onClick={() => remove.mutate(m.id)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form className="row" onSubmit={submit}>
        <Field label={t('sections.member')}>
          {(p) => (
            <select {...p} name="musicianId" defaultValue="">
              <option value="" disabled>
                —
              </option>
              {people.data?.items
                .filter((m) => !inSection.has(m.id))
                .map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.lastName}, {m.firstName}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <label className="check">
          <input type="checkbox" name="isLeader" /> {t('sections.asLeader')}
        </label>
        <button type="submit" disabled={put.isPending}>
          {t('sections.addMember')}
        </button>
      </form>
      <ErrorNote error={put.error ?? remove.error} />
    </li>
  );
}

export function SectionsPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const q = useQuery({
    queryKey: qk('sections'),
    queryFn: () => unwrap(api.GET('/api/sections', { params: { query: { pageSize: 200 } } })),
  });
  const add = useMutation({
    mutationFn: (name: string) => unwrap(api.POST('/api/sections', { body: { name } })),
    onSuccess: () => client.invalidateQueries({ queryKey: qk('sections') }),
  });
  const submit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const form = ev.currentTarget;
    const name = formText(new FormData(form), 'name').trim();
    add.mutate(name, { onSuccess: () => form.reset() });
  };
  return (
    <>
      <PageTitle>{t('sections.title')}</PageTitle>
      <p className="muted">{t('sections.lead')}</p>
      <form className="card row" onSubmit={submit}>
        <Field label={t('sections.name')}>{(p) => <input {...p} name="name" required />}</Field>
        <button type="submit" className="primary" disabled={add.isPending}>
          {t('sections.add')}
        </button>
        <ErrorNote error={add.error} />
      </form>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorNote error={q.error} />
      ) : q.data.items.length === 0 ? (
        <Empty>{t('sections.none')}</Empty>
      ) : (
        <ul className="cards">
          {q.data.items.map((s) => (
            <SectionCard key={s.id} section={s} />
          ))}
        </ul>
      )}
    </>
  );
}
