import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { qk } from '../lib/query-keys';
import { moved, targetRank } from '../lib/reorder';
import { ErrorNote } from '../ui/kit';

type List = components['schemas']['RankingListView'];

/**
 * One ranked list. Reordering works by drag and drop and, for the keyboard, by the buttons on
 * each row (up, down, to a place); the moved row keeps the focus and the change is announced.
 */
export function RankingList({
  list,
  candidates,
}: {
  list: List;
  candidates: Array<{ id: string; name: string }>;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [entries, setEntries] = useState(list.entries);
  const [announce, setAnnounce] = useState('');
  const [focusOn, setFocusOn] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [adding, setAdding] = useState('');
  const [places, setPlaces] = useState<Record<string, string>>({});
  useEffect(() => setEntries(list.entries), [list.entries]);
  // Once, when the moved row has rendered in its new place: a later refresh of the list must not
  // pull the focus back from wherever the keyboard has gone since.
  useEffect(() => {
    if (!focusOn) return;
    document.getElementById(`entry-${list.id}-${focusOn}`)?.focus();
    setFocusOn(null);
  }, [focusOn, list.id]);

  const settle = (l: List) => {
    setEntries(l.entries);
    void client.invalidateQueries({ queryKey: qk('ranking-lists') });
  };
  const move = useMutation({
    mutationFn: (v: { musicianId: string; rank: number }) =>
      unwrap(
        api.POST('/api/ranking-lists/{id}/entries/{musicianId}/move', {
          params: { path: { id: list.id, musicianId: v.musicianId } },
          body: { rank: v.rank },
        }),
      ),
    onMutate: (v) => {
      const from = entries.findIndex((e) => e.musicianId === v.musicianId) + 1;
      setEntries(moved(entries, from, v.rank).map((e, i) => ({ ...e, rank: i + 1 })));
      setFocusOn(v.musicianId);
    },
    onSuccess: (l, v) => {
      settle(l);
      const name = l.entries.find((e) => e.musicianId === v.musicianId)?.name ?? '';
      setAnnounce(t('rankings.movedTo', { name, rank: v.rank }));
    },
    onError: () => setEntries(list.entries),
  });
  const remove = useMutation({
    mutationFn: (musicianId: string) =>
      unwrap(
        api.DELETE('/api/ranking-lists/{id}/entries/{musicianId}', {
          params: { path: { id: list.id, musicianId } },
        }),
      ),
    onSuccess: settle,
  });
  const add = useMutation({
    mutationFn: (musicianId: string) =>
      unwrap(
        api.POST('/api/ranking-lists/{id}/entries', {
          params: { path: { id: list.id } },
          body: { musicianId },
        }),
      ),
    onSuccess: (l) => {
      setAdding('');
      settle(l);
    },
  });

  // Buttons stay enabled while a move is saved (a disabled button would drop the keyboard
  // focus and Tab would skip it); a second move waits for the first instead.
  const shift = (musicianId: string, rank: number, delta: number) => {
    if (move.isPending) return;
    const to = targetRank(rank, delta, entries.length);
    if (to) move.mutate({ musicianId, rank: to });
  };
  const onList = new Set(entries.map((e) => e.musicianId));
  const addable = candidates.filter((c) => !onList.has(c.id));
  const title = t('rankings.listTitle', { type: list.listType });

  return (
    <section className="card" aria-label={title}>
      <h3>{title}</h3>
      {list.description && <p className="muted">{list.description}</p>}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announce}
      </p>
      {entries.length === 0 ? (
        <p className="empty">{t('rankings.emptyList')}</p>
      ) : (
        <ol className="ranking">
          {entries.map((e) => (
            <li
              key={e.musicianId}
              draggable
              className={dragging === e.musicianId ? 'dragging' : undefined}
              onDragStart={(ev) => {
                setDragging(e.musicianId);
                ev.dataTransfer.effectAllowed = 'move';
              }}
              onDragEnd={() => setDragging(null)}
              onDragOver={(ev) => ev.preventDefault()}
              onDrop={(ev) => {
                ev.preventDefault();
                if (dragging && dragging !== e.musicianId)
                  move.mutate({ musicianId: dragging, rank: e.rank });
                setDragging(null);
              }}
            >
              <span className="rank" aria-hidden="true">
                {e.rank}
              </span>
              <span
                className="name"
                id={`entry-${list.id}-${e.musicianId}`}
                tabIndex={-1}
                aria-label={t('rankings.entryLabel', { name: e.name, rank: e.rank })}
              >
                {e.name}
              </span>
              <span className="row-actions">
                <button
                  type="button"
                  aria-label={t('rankings.moveUp', { name: e.name })}
                  disabled={e.rank === 1}
                  onClick={() => shift(e.musicianId, e.rank, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={t('rankings.moveDown', { name: e.name })}
                  disabled={e.rank === entries.length}
                  onClick={() => shift(e.musicianId, e.rank, 1)}
                >
                  ↓
                </button>
                <form
                  className="to-place"
                  onSubmit={(ev) => {
                    ev.preventDefault();
                    const to = targetRank(
                      e.rank,
                      Number(places[e.musicianId]) - e.rank,
                      entries.length,
                    );
                    if (to) move.mutate({ musicianId: e.musicianId, rank: to });
                  }}
                >
                  <input
                    type="number"
                    min={1}
                    max={entries.length}
                    aria-label={t('rankings.placeFor', { name: e.name })}
                    value={places[e.musicianId] ?? ''}
                    onChange={(ev) => setPlaces({ ...places, [e.musicianId]: ev.target.value })}
                  />
                  <button type="submit" aria-label={t('rankings.moveToPlace', { name: e.name })}>
                    {t('rankings.move')}
                  </button>
                </form>
                <button
                  type="button"
                  aria-label={t('rankings.remove', { name: e.name })}
                  onClick={() => remove.mutate(e.musicianId)}
                >
                  ✕
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <ErrorNote error={move.error ?? remove.error ?? add.error} />
      <form
        className="inline-form"
        onSubmit={(ev) => (ev.preventDefault(), adding && add.mutate(adding))}
      >
        <label>
          {t('rankings.addMusician')}{' '}
          <select value={adding} onChange={(ev) => setAdding(ev.target.value)}>
            <option value="">
              {addable.length ? t('rankings.choose') : t('rankings.noneToAdd')}
            </option>
            {addable.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={!adding || add.isPending}>
          {t('rankings.add')}
        </button>
      </form>
    </section>
  );
}
