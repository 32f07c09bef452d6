import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { api, unwrap } from '../api/client';
import type { operations } from '../api/schema';
import { timeZone } from '../context';
import { formatDateTime } from '../lib/format';
import { qk } from '../lib/query-keys';
import { Empty, ErrorNote, Field, Loading, Pager, PageTitle, StatusBadge } from '../ui/kit';

type LogQuery = NonNullable<operations['messagingList']['parameters']['query']>;
type LogType = NonNullable<LogQuery['type']>;
type LogStatus = NonNullable<LogQuery['status']>;

/**
 * Every kind and status the API describes, in the order shown: a Record over the generated
 * unions, so a kind or status added on the server fails this file's type check until listed.
 */
const TYPE_ORDER: Record<LogType, number> = {
  request: 1,
  reminder: 2,
  confirmation: 3,
  position_filled: 4,
  request_withdrawn: 5,
  list_exhausted: 6,
  group_email: 7,
  password_reset: 8,
  staff_invitation: 9,
  waitlist: 10,
  announcement: 11,
};
const STATUS_ORDER: Record<LogStatus, number> = {
  queued: 1,
  sent: 2,
  delivered: 3,
  failed: 4,
  simulated: 5,
};
const byOrder = <K extends string>(order: Record<K, number>) =>
  (Object.keys(order) as K[]).sort((a, b) => order[a] - order[b]);
const TYPES = byOrder(TYPE_ORDER);
const STATUSES = byOrder(STATUS_ORDER);
const PAGE_SIZE = 25;

/** Links in a message's text, so a simulated request can be opened from the log. */
function Linked({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>"]+)/g);
  return (
    <>
      {parts.map((part, i) =>
        /^https?:\/\//.test(part) ? (
          <a key={i} href={part} target="_blank" rel="noreferrer noopener">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}

export function CommunicationsPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const type = (params.get('type') ?? '') as LogType | '';
  const status = (params.get('status') ?? '') as LogStatus | '';
  const page = Number(params.get('page')) || 1;
  const query = {
    ...(type ? { type } : {}),
    ...(status ? { status } : {}),
    page,
    pageSize: PAGE_SIZE,
  };
  const q = useQuery({
    queryKey: qk('communications', query),
    queryFn: () => unwrap(api.GET('/api/communications', { params: { query } })),
    placeholderData: keepPreviousData,
    refetchInterval: 5000,
  });
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  const pages = q.data ? Math.max(1, Math.ceil(q.data.total / PAGE_SIZE)) : 1;
  return (
    <>
      <PageTitle>{t('nav.communications')}</PageTitle>
      <p className="muted">{t('communications.lead')}</p>
      <div className="filters">
        <Field label={t('communications.type')}>
          {(p) => (
            <select {...p} value={type} onChange={(e) => set('type', e.target.value)}>
              <option value="">{t('common.all')}</option>
              {TYPES.map((ty) => (
                <option key={ty} value={ty}>
                  {t(`messageType.${ty}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('communications.status')}>
          {(p) => (
            <select {...p} value={status} onChange={(e) => set('status', e.target.value)}>
              <option value="">{t('common.all')}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorNote error={q.error} />
      ) : q.data.items.length === 0 ? (
        <Empty>{t('communications.none')}</Empty>
      ) : (
        <>
          <ul className="messages">
            {q.data.items.map((m) => (
              <li key={m.id} className="card message">
                <div className="row">
                  <strong>{t(`messageType.${m.type}`, { defaultValue: m.type })}</strong>
                  <span>
                    {m.channel === 'sms' ? 'SMS' : t('communications.email')} ·{' '}
                    <StatusBadge status={m.status} />
                  </span>
                </div>
                <p className="muted">
                  {t('communications.to', { recipient: m.recipient })} ·{' '}
                  {formatDateTime(m.createdAt, i18n.language, timeZone)}
                </p>
                {m.subject && <p>{m.subject}</p>}
                <details>
                  <summary>{t('communications.showText')}</summary>
                  <p className="pre">
                    <Linked text={m.body} />
                  </p>
                </details>
                {m.error && <p className="field-error">{m.error}</p>}
              </li>
            ))}
          </ul>
          <Pager page={page} pages={pages} onPage={(n) => set('page', String(n))} />
        </>
      )}
    </>
  );
}
