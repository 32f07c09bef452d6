import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { timeZone } from '../context';
import { dayIn } from '../lib/format';
import { formText } from '../lib/forms';
import { qk } from '../lib/query-keys';
import { Empty, ErrorNote, Field, Loading, PageTitle } from '../ui/kit';

type Counts = components['schemas']['MemberStatsView'];

const pct = (r: number | null) => (r === null ? '–' : `${Math.round(r * 100)} %`);
const trend = (r: number | null) =>
  r === null ? '–' : `${r > 0 ? '+' : r < 0 ? '−' : '±'}${Math.abs(Math.round(r * 100))}`;

function Row({
  name,
  c,
}: {
  name: React.ReactNode;
  c: Omit<Counts, 'id' | 'firstName' | 'lastName'>;
}) {
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{c.events}</td>
      <td>{c.present}</td>
      <td>{c.late}</td>
      <td>{c.leftEarly}</td>
      <td>{c.absent}</td>
      <td>{c.excused}</td>
      <td>{pct(c.rate)}</td>
      <td>{trend(c.trend)}</td>
    </tr>
  );
}

function Head({ first }: { first: string }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col">{t('attendance.events')}</th>
        <th scope="col">{t('attendanceStatus.present')}</th>
        <th scope="col">{t('attendanceStatus.late')}</th>
        <th scope="col">{t('attendanceStatus.left_early')}</th>
        <th scope="col">{t('attendanceStatus.absent')}</th>
        <th scope="col">{t('attendanceStatus.excused')}</th>
        <th scope="col">{t('attendance.rate')}</th>
        <th scope="col">{t('attendance.trend')}</th>
      </tr>
    </thead>
  );
}

/** Attendance per member and per section over a period, and the same as a CSV file. */
export function AttendancePage() {
  const { t } = useTranslation();
  const today = dayIn(new Date(), timeZone);
  const [period, setPeriod] = useState({
    from: `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`,
    to: today,
  });
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const q = useQuery({
    queryKey: qk('attendance', period),
    queryFn: () => unwrap(api.GET('/api/attendance/stats', { params: { query: period } })),
  });
  const submit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const data = new FormData(ev.currentTarget);
    setPeriod({ from: formText(data, 'from'), to: formText(data, 'to') });
  };
  const download = async () => {
    setDownloadError(null);
    try {
      const blob = await unwrap(
        api.GET('/api/attendance/stats.csv', { params: { query: period }, parseAs: 'blob' }),
      );
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `attendance-${period.from}-${period.to}.csv`;
      a.click();
      URL.revokeObjectURL(url);
    } catch (err) {
      setDownloadError(err);
    }
  };
  return (
    <>
      <PageTitle
        actions={
          <button type="button" onClick={() => void download()}>
            {t('attendance.csv')}
          </button>
        }
      >
        {t('attendance.stats')}
      </PageTitle>
      <form className="card row" onSubmit={submit}>
        <Field label={t('attendance.from')}>
          {(p) => <input {...p} type="date" name="from" defaultValue={period.from} required />}
        </Field>
        <Field label={t('attendance.to')}>
          {(p) => <input {...p} type="date" name="to" defaultValue={period.to} required />}
        </Field>
        <button type="submit">{t('attendance.show')}</button>
      </form>
      <ErrorNote error={downloadError} />
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorNote error={q.error} />
      ) : (
        <>
          <p>{t('attendance.eventsInPeriod', { count: q.data.events })}</p>
          {q.data.members.length === 0 ? (
            <Empty>{t('attendance.noStats')}</Empty>
          ) : (
            <>
              <h2>{t('attendance.sections')}</h2>
              <div className="table-wrap">
                <table>
                  <Head first={t('attendance.section')} />
                  <tbody>
                    {q.data.sections.map((s) => (
                      <Row key={s.id} name={s.name} c={s} />
                    ))}
                  </tbody>
                </table>
              </div>
              <h2>{t('attendance.members')}</h2>
              <div className="table-wrap">
                <table>
                  <Head first={t('attendance.member')} />
                  <tbody>
                    {q.data.members.map((m) => (
                      <Row
                        key={m.id}
                        name={
                          <Link to={`/musicians/${m.id}`}>{`${m.lastName}, ${m.firstName}`}</Link>
                        }
                        c={m}
                      />
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </>
      )}
    </>
  );
}
