import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../api/client';
import { qk } from '../lib/query-keys';
import { ErrorNote } from '../ui/kit';

/** Parts and schedules: sent with the request, or only to those who accept. */
export function NeedFiles({ needId }: { needId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [timing, setTiming] = useState<'on_request' | 'after_accept'>('on_request');
  const files = useQuery({
    queryKey: qk('need', needId, 'files'),
    queryFn: () => unwrap(api.GET('/api/needs/{id}/files', { params: { path: { id: needId } } })),
  });
  const upload = useMutation({
    mutationFn: () => {
      const form = new FormData();
      form.append('file', file!);
      form.append('sendTiming', timing);
      return unwrap(
        api.POST('/api/needs/{id}/files', {
          params: { path: { id: needId } },
          body: { sendTiming: timing },
          bodySerializer: () => form,
        }),
      );
    },
    onSuccess: () => {
      setFile(null);
      void client.invalidateQueries({ queryKey: qk('need', needId, 'files') });
    },
  });
  return (
    <details className="files">
      <summary>{t('files.title', { count: files.data?.total ?? 0 })}</summary>
      <ul className="plain">
        {(files.data?.items ?? []).map((f) => (
          <li key={f.id}>
            {f.fileName}{' '}
            <span className="muted">
              ({t(`files.${f.sendTiming}`, { defaultValue: f.sendTiming })})
            </span>
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={(e) => (e.preventDefault(), file && upload.mutate())}>
        <label>
          {t('files.file')}{' '}
          <input type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <label>
          {t('files.when')}{' '}
          <select value={timing} onChange={(e) => setTiming(e.target.value as typeof timing)}>
            <option value="on_request">{t('files.on_request')}</option>
            <option value="after_accept">{t('files.after_accept')}</option>
          </select>
        </label>
        <button type="submit" disabled={!file || upload.isPending}>
          {t('files.upload')}
        </button>
      </form>
      <ErrorNote error={upload.error} />
    </details>
  );
}
