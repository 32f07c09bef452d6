import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../api/client';
import { ApiError } from '../api/errors';
import { qk } from '../lib/query-keys';
import { Empty, ErrorNote, Field, Loading, PageTitle } from '../ui/kit';
import { useInstruments } from './use-instruments';

function AddPosition({ instrumentId }: { instrumentId: number }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [level, setLevel] = useState('0');
  const add = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/instruments/{id}/positions', {
          params: { path: { id: instrumentId } },
          body: { name, hierarchyLevel: Number(level) },
        }),
      ),
    onSuccess: () => {
      setName('');
      void client.invalidateQueries({ queryKey: qk('instruments') });
    },
  });
  const fieldError = add.error instanceof ApiError ? add.error.fieldErrors() : {};
  return (
    <form className="inline-form" onSubmit={(e) => (e.preventDefault(), add.mutate())}>
      <Field label={t('instruments.positionName')} error={fieldError.name}>
        {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field
        label={t('instruments.level')}
        hint={t('instruments.levelHint')}
        error={fieldError.hierarchyLevel}
      >
        {(p) => (
          <input
            {...p}
            type="number"
            min={0}
            value={level}
            onChange={(e) => setLevel(e.target.value)}
          />
        )}
      </Field>
      <button type="submit" disabled={!name || add.isPending}>
        {t('instruments.addPosition')}
      </button>
      {!fieldError.name && <ErrorNote error={add.error} />}
    </form>
  );
}

export function InstrumentsPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const instruments = useInstruments();
  const [name, setName] = useState('');
  const add = useMutation({
    mutationFn: () => unwrap(api.POST('/api/instruments', { body: { name } })),
    onSuccess: () => {
      setName('');
      void client.invalidateQueries({ queryKey: qk('instruments') });
    },
  });
  const fieldError = add.error instanceof ApiError ? add.error.fieldErrors() : {};
  return (
    <>
      <PageTitle>{t('nav.instruments')}</PageTitle>
      <form className="card inline-form" onSubmit={(e) => (e.preventDefault(), add.mutate())}>
        <Field label={t('instruments.name')} error={fieldError.name}>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <button type="submit" className="primary" disabled={!name || add.isPending}>
          {t('instruments.add')}
        </button>
        {!fieldError.name && <ErrorNote error={add.error} />}
      </form>
      {instruments.isPending ? (
        <Loading />
      ) : instruments.isError ? (
        <ErrorNote error={instruments.error} />
      ) : instruments.data.length === 0 ? (
        <Empty>{t('instruments.none')}</Empty>
      ) : (
        <ul className="cards">
          {instruments.data.map((i) => (
            <li key={i.id} className="card">
              <h2>{i.name}</h2>
              {i.positions.length ? (
                <ul className="plain">
                  {i.positions.map((p) => (
                    <li key={p.id}>
                      {p.name}{' '}
                      <span className="muted">
                        ({t('instruments.levelShort', { level: p.hierarchyLevel })})
                      </span>
                    </li>
                  ))}
                </ul>
              ) : (
                <Empty>{t('instruments.noPositions')}</Empty>
              )}
              <AddPosition instrumentId={i.id} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
