import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../api/client';
import { qk } from '../lib/query-keys';
import { ErrorNote } from '../ui/kit';

/** On a musician's page: their data as a file, and forgetting them (statistics stay). */
export function PersonalDataPanel({ musicianId, name }: { musicianId: string; name: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const exportData = useMutation({
    mutationFn: async () => {
      const data = await unwrap(
        api.GET('/api/musicians/{id}/export', { params: { path: { id: musicianId } } }),
      );
      const url = URL.createObjectURL(
        new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
      );
      const a = document.createElement('a');
      a.href = url;
      a.download = `personal-data-${musicianId}.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
  });
  const anonymise = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/musicians/{id}/anonymise', { params: { path: { id: musicianId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: qk('musician') }),
  });
  return (
    <section className="card" aria-labelledby="personal-data">
      <h2 id="personal-data">{t('privacy.personalData')}</h2>
      <p className="muted">{t('privacy.personalDataLead')}</p>
      <div className="actions">
        <button type="button" onClick={() => exportData.mutate()} disabled={exportData.isPending}>
          {t('privacy.export')}
        </button>
        <button
          type="button"
          className="danger"
          disabled={anonymise.isPending}
          onClick={() =>
            window.confirm(t('privacy.confirmAnonymise', { name })) && anonymise.mutate()
          }
        >
          {t('privacy.anonymise')}
        </button>
      </div>
      {anonymise.isSuccess && <p role="status">{t('privacy.anonymised')}</p>}
      <ErrorNote error={exportData.error ?? anonymise.error} />
    </section>
  );
}
