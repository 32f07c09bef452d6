import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../api/client';
import { ApiError } from '../api/errors';
import { qk } from '../lib/query-keys';
import { ErrorNote, Field } from '../ui/kit';

interface Rejection {
  line: number;
  email: string | null;
  errors: string[];
}

/** CSV import: all rows or none; a refused file comes back as a table of what to fix, per line. */
export function ImportPanel({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [csv, setCsv] = useState('');
  const [imported, setImported] = useState<number | null>(null);
  const run = useMutation({
    mutationFn: () => unwrap(api.POST('/api/musicians/import', { body: { csv } })),
    onSuccess: (r) => {
      setImported(r.imported);
      void client.invalidateQueries({ queryKey: qk('musicians') });
    },
  });
  const rejected =
    run.error instanceof ApiError && run.error.code === 'import/rejected'
      ? ((run.error.details as { rejected?: Rejection[] }).rejected ?? [])
      : [];
  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">{t('musicians.importTitle')}</h2>
      <p className="muted">{t('musicians.importLead')}</p>
      <Field label={t('musicians.importFile')}>
        {(p) => (
          <input
            {...p}
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => void e.target.files?.[0]?.text().then(setCsv)}
          />
        )}
      </Field>
      <Field label={t('musicians.importText')}>
        {(p) => <textarea {...p} rows={5} value={csv} onChange={(e) => setCsv(e.target.value)} />}
      </Field>
      <ErrorNote error={run.error} />
      {rejected.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>{t('musicians.importRejected')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('musicians.line')}</th>
                <th scope="col">{t('musicians.email')}</th>
                <th scope="col">{t('musicians.problems')}</th>
              </tr>
            </thead>
            <tbody>
              {rejected.map((r) => (
                <tr key={r.line}>
                  <td>{r.line}</td>
                  <td>{r.email ?? '–'}</td>
                  <td>{r.errors.join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {imported !== null && <p role="status">{t('musicians.imported', { count: imported })}</p>}
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={!csv || run.isPending}
          onClick={() => run.mutate()}
        >
          {t('musicians.importRun')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.close')}
        </button>
      </div>
    </section>
  );
}
