import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../api/client';
import { qk } from '../lib/query-keys';
import { Empty, ErrorNote, Loading } from '../ui/kit';

export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused', 'late', 'left_early'] as const;
type Status = (typeof ATTENDANCE_STATUSES)[number];

/**
 * An event's roster, marked in one go (a section leader on a phone): choose a section, set
 * each member's mark, save; only the marks changed here are sent.
 */
export function AttendancePanel({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const sectionInput = useId();
  const [sectionId, setSectionId] = useState('');
  const [changes, setChanges] = useState<Record<string, Status>>({});
  const sections = useQuery({
    queryKey: qk('sections'),
    queryFn: () => unwrap(api.GET('/api/sections', { params: { query: { pageSize: 200 } } })),
  });
  const key = qk('event', eventId, 'attendance', sectionId);
  const roster = useQuery({
    queryKey: key,
    queryFn: () =>
      unwrap(
        api.GET('/api/events/{id}/attendance', {
          params: {
            path: { id: eventId },
            query: sectionId ? { sectionId: Number(sectionId) } : {},
          },
        }),
      ),
  });
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/events/{id}/attendance', {
          params: {
            path: { id: eventId },
            query: sectionId ? { sectionId: Number(sectionId) } : {},
          },
          body: {
            marks: Object.entries(changes).map(([musicianId, status]) => ({ musicianId, status })),
          },
        }),
      ),
    onSuccess: (data) => {
      setChanges({});
      client.setQueryData(key, data);
      void client.invalidateQueries({ queryKey: qk('event', eventId, 'attendance') });
    },
  });
  const items = roster.data?.items ?? [];
  return (
    <section className="card" aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t('attendance.title')}</h2>
      <div className="row">
        <label htmlFor={sectionInput}>{t('attendance.section')}</label>
        <select
          id={sectionInput}
          value={sectionId}
          onChange={(e) => {
            setSectionId(e.target.value);
            setChanges({});
          }}
        >
          <option value="">{t('attendance.allSections')}</option>
          {sections.data?.items.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      {roster.isPending ? (
        <Loading />
      ) : roster.isError ? (
        <ErrorNote error={roster.error} />
      ) : items.length === 0 ? (
        <Empty>{t('attendance.noMembers')}</Empty>
      ) : (
        <>
          <ul className="roster">
            {items.map((r) => {
              const name = `${r.member.firstName} ${r.member.lastName}`;
              const value = changes[r.member.id] ?? r.status ?? '';
              return (
                <li key={r.member.id} className="row">
                  <span>
                    {name}
                    {r.sections.length > 0 && (
                      <small className="muted"> · {r.sections.join(', ')}</small>
                    )}
                    {r.noticeAt && r.reason && (
                      <small className="muted">
                        {' '}
                        · {t('attendance.notice')}: {r.reason}
                      </small>
                    )}
                  </span>
                  <select
                    aria-label={t('attendance.mark', { name })}
                    value={value}
                    onChange={(e) =>
                      setChanges((c) => ({ ...c, [r.member.id]: e.target.value as Status }))
                    }
                  >
                    <option value="" disabled>
                      {t('attendance.unmarked')}
                    </option>
                    {ATTENDANCE_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {t(`attendanceStatus.${s}`)}
                      </option>
                    ))}
                  </select>
                </li>
              );
            })}
          </ul>
          <div className="actions">
            <button
              type="button"
              onClick={() =>
                setChanges((c) => ({
                  ...Object.fromEntries(
                    items.filter((r) => r.status === null).map((r) => [r.member.id, 'present']),
                  ),
                  ...c,
                }))
              }
            >
              {t('attendance.allPresent')}
            </button>
            <button
              type="button"
              className="primary"
              disabled={save.isPending || Object.keys(changes).length === 0}
              onClick={() => save.mutate()}
            >
              {t('attendance.save')}
            </button>
          </div>
          <ErrorNote error={save.error} />
          {save.isSuccess && <p role="status">{t('attendance.saved')}</p>}
        </>
      )}
    </section>
  );
}
