import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { timeZone } from '../context';
import { formatDateTime } from '../lib/format';
import { qk } from '../lib/query-keys';
import { strategySentence } from '../lib/strategy';
import { ErrorNote, StatusBadge } from '../ui/kit';
import { NeedFiles } from './need-files';

type Need = components['schemas']['ProjectOverview']['needs'][number];

function Preview({ needId }: { needId: string }) {
  const { t } = useTranslation();
  const q = useQuery({
    queryKey: qk('need', needId, 'preview'),
    queryFn: () => unwrap(api.GET('/api/needs/{id}/preview', { params: { path: { id: needId } } })),
  });
  if (q.isPending) return <p className="muted">{t('common.loading')}</p>;
  if (q.isError) return <ErrorNote error={q.error} />;
  return (
    <div className="preview" aria-label={t('needs.preview')}>
      <h4>{t('needs.wouldAsk')}</h4>
      {q.data.wouldAsk.length ? (
        <ol>
          {q.data.wouldAsk.map((c) => (
            <li key={c.musicianId}>{c.name}</li>
          ))}
        </ol>
      ) : (
        <p className="empty">{t('needs.nobodyToAsk')}</p>
      )}
      {q.data.skipped.length > 0 && (
        <>
          <h4>{t('needs.skipped')}</h4>
          <ul className="plain">
            {q.data.skipped.map((s) => (
              <li key={s.musicianId}>
                {s.name}:{' '}
                <span className="muted">
                  {t(`needs.skip.${s.reason}`, { defaultValue: s.reason })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export function NeedPanel({ need, projectId }: { need: Need; projectId: string }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [showPreview, setShowPreview] = useState(need.status === 'draft');
  const [quantity, setQuantity] = useState(String(need.quantity));
  const done = () => {
    void client.invalidateQueries({ queryKey: qk('project', projectId) });
    void client.invalidateQueries({ queryKey: qk('need', need.id) });
    void client.invalidateQueries({ queryKey: qk('dashboard') });
  };
  const path = { params: { path: { id: need.id } } };
  const action = useMutation({
    mutationFn: (what: 'start' | 'pause' | 'resume' | 'cancel' | 'complete') => {
      switch (what) {
        case 'start':
          return unwrap(api.POST('/api/needs/{id}/start', path));
        case 'pause':
          return unwrap(api.POST('/api/needs/{id}/pause', path));
        case 'resume':
          return unwrap(api.POST('/api/needs/{id}/resume', path));
        case 'cancel':
          return unwrap(api.POST('/api/needs/{id}/cancel', path));
        case 'complete':
          return unwrap(
            api.POST('/api/needs/{id}/complete', {
              ...path,
              body: { confirmUnfilled: need.accepted < need.quantity },
            }),
          );
      }
    },
    onSuccess: done,
  });
  const raise = useMutation({
    mutationFn: () =>
      unwrap(api.PATCH('/api/needs/{id}', { ...path, body: { quantity: Number(quantity) } })),
    onSuccess: done,
  });
  const answer = useMutation({
    mutationFn: (v: { requestId: string; answer: 'accept' | 'decline' }) =>
      unwrap(
        api.POST('/api/requests/{id}/answer', {
          params: { path: { id: v.requestId } },
          body: { answer: v.answer, message: t('needs.byPhone') },
        }),
      ),
    onSuccess: done,
  });
  const confirmThen = (message: string, fn: () => void) => {
    if (window.confirm(message)) fn();
  };
  const s = need.status;
  const open = s === 'active' || s === 'paused' || s === 'exhausted';
  const dt = (v: string | null | undefined) =>
    v ? formatDateTime(v, i18n.language, timeZone) : '–';

  return (
    <article className="card need" aria-labelledby={`need-${need.id}`}>
      <div className="row">
        <h3 id={`need-${need.id}`}>{need.position.name}</h3>
        <StatusBadge status={s} />
      </div>
      <p>{strategySentence(t, need)}</p>
      <p className="places" data-testid="places">
        {t('needs.filled', { accepted: need.accepted, quantity: need.quantity })}
        {need.pending > 0 && <> · {t('needs.waiting', { count: need.pending })}</>}
      </p>
      <div className="actions wrap">
        {s === 'draft' && (
          <>
            <button
              type="button"
              onClick={() => setShowPreview((p) => !p)}
              aria-expanded={showPreview}
            >
              {t('needs.preview')}
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => action.mutate('start')}
              disabled={action.isPending}
            >
              {t('needs.start')}
            </button>
          </>
        )}
        {s === 'active' && (
          <button type="button" onClick={() => action.mutate('pause')} disabled={action.isPending}>
            {t('needs.pause')}
          </button>
        )}
        {(s === 'paused' || s === 'exhausted') && (
          <button
            type="button"
            className="primary"
            onClick={() => action.mutate('resume')}
            disabled={action.isPending}
          >
            {t('needs.resume')}
          </button>
        )}
        {open && (
          <>
            <button
              type="button"
              onClick={() => action.mutate('complete')}
              disabled={action.isPending}
            >
              {t('needs.complete')}
            </button>
            <button
              type="button"
              className="danger"
              onClick={() => confirmThen(t('needs.confirmCancel'), () => action.mutate('cancel'))}
              disabled={action.isPending}
            >
              {t('needs.cancel')}
            </button>
          </>
        )}
      </div>
      {open && (
        <form className="inline-form" onSubmit={(e) => (e.preventDefault(), raise.mutate())}>
          <label>
            {t('needs.places')}{' '}
            <input
              type="number"
              min={need.quantity}
              max={100}
              value={quantity}
              onChange={(e) => setQuantity(e.target.value)}
            />
          </label>
          <button type="submit" disabled={raise.isPending || Number(quantity) <= need.quantity}>
            {t('needs.raise')}
          </button>
        </form>
      )}
      <ErrorNote error={action.error ?? raise.error ?? answer.error} />
      {showPreview && s === 'draft' && <Preview needId={need.id} />}
      <h4>{t('needs.timeline')}</h4>
      {need.timeline.length === 0 ? (
        <p className="empty">{t('needs.nobodyAskedYet')}</p>
      ) : (
        <div className="table-wrap">
          <table className="timeline" aria-live="polite">
            <thead>
              <tr>
                <th scope="col">{t('needs.musician')}</th>
                <th scope="col">{t('needs.status')}</th>
                <th scope="col">{t('needs.sent')}</th>
                <th scope="col">{t('needs.deadline')}</th>
                <th scope="col">{t('needs.answered')}</th>
                <th scope="col">{t('needs.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {need.timeline.map((r) => (
                <tr key={r.requestId}>
                  <td>{r.musician.name}</td>
                  <td>
                    <StatusBadge status={r.status} />
                    {r.answeredByAdmin && (
                      <span className="muted"> ({t('needs.recordedByStaff')})</span>
                    )}
                    {r.message && <div className="muted">“{r.message}”</div>}
                  </td>
                  <td>{dt(r.sentAt)}</td>
                  <td>{dt(r.deadlineAt)}</td>
                  <td>{dt(r.respondedAt)}</td>
                  <td>
                    {r.status === 'pending' && (
                      <span className="row-actions">
                        <button
                          type="button"
                          onClick={() =>
                            confirmThen(t('needs.confirmAccept', { name: r.musician.name }), () =>
                              answer.mutate({ requestId: r.requestId, answer: 'accept' }),
                            )
                          }
                        >
                          {t('needs.recordYes')}
                        </button>
                        <button
                          type="button"
                          onClick={() =>
                            confirmThen(t('needs.confirmDecline', { name: r.musician.name }), () =>
                              answer.mutate({ requestId: r.requestId, answer: 'decline' }),
                            )
                          }
                        >
                          {t('needs.recordNo')}
                        </button>
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <NeedFiles needId={need.id} />
    </article>
  );
}
