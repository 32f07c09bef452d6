import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { api, unwrap } from '../api/client';
import { showServerErrors } from '../lib/forms';
import { qk } from '../lib/query-keys';
import { strategySentence } from '../lib/strategy';
import { usePositions } from '../musicians/use-instruments';
import { ErrorNote, Field, FormActions } from '../ui/kit';

/** Mirrors CreateNeedDto. */
const schema = z.object({
  positionId: z.coerce.number().int().min(1, 'form.required'),
  rankingListId: z.coerce.number().int().min(1, 'needs.chooseList'),
  quantity: z.coerce.number().int().min(1, 'form.atLeastOne').max(100),
  strategy: z.enum(['sequential', 'parallel', 'first_come']),
  maxRecipients: z.string(),
  responseTimeHours: z.coerce.number().int().min(1).max(720),
  requireLocalResidence: z.boolean(),
});
type Values = z.input<typeof schema>;
type Parsed = z.output<typeof schema>;

export function NewNeedForm({ projectId, onDone }: { projectId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const positions = usePositions();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(schema),
    defaultValues: {
      positionId: '',
      rankingListId: '',
      quantity: 1,
      strategy: 'sequential',
      maxRecipients: '',
      responseTimeHours: 24,
      requireLocalResidence: false,
    },
  });
  const positionId = Number(form.watch('positionId')) || undefined;
  const lists = useQuery({
    queryKey: qk('ranking-lists', positionId),
    queryFn: () => unwrap(api.GET('/api/ranking-lists', { params: { query: { positionId } } })),
    enabled: !!positionId,
  });
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      await unwrap(
        api.POST('/api/projects/{id}/needs', {
          params: { path: { id: projectId } },
          body: {
            positionId: v.positionId,
            rankingListId: v.rankingListId,
            quantity: v.quantity,
            strategy: v.strategy,
            responseTimeHours: v.responseTimeHours,
            requireLocalResidence: v.requireLocalResidence,
            ...(v.maxRecipients ? { maxRecipients: Number(v.maxRecipients) } : {}),
          },
        }),
      );
      void client.invalidateQueries({ queryKey: qk('project', projectId) });
      onDone();
    } catch (err) {
      if (!showServerErrors(form, err, Object.keys(schema.shape))) setError(err);
    }
  });
  const e = form.formState.errors;
  const msg = (m?: string) => (m ? t(m, { defaultValue: m }) : undefined);
  const w = form.watch();
  return (
    <form
      className="card form-grid"
      onSubmit={(ev) => void submit(ev)}
      noValidate
      aria-label={t('needs.new')}
    >
      <Field label={t('musicians.position')} error={msg(e.positionId?.message)}>
        {(p) => (
          <select {...p} {...form.register('positionId')}>
            <option value="">{t('rankings.choose')}</option>
            {positions.map((pos) => (
              <option key={pos.id} value={pos.id}>
                {pos.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('needs.list')} error={msg(e.rankingListId?.message)}>
        {(p) => (
          <select {...p} {...form.register('rankingListId')} disabled={!positionId}>
            <option value="">
              {lists.data?.items.length === 0 ? t('needs.noListForPosition') : t('rankings.choose')}
            </option>
            {(lists.data?.items ?? []).map((l) => (
              <option key={l.id} value={l.id}>
                {t('rankings.listTitle', { type: l.listType })} (
                {t('needs.onList', { count: l.entries.length })})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('needs.places')} error={msg(e.quantity?.message)}>
        {(p) => <input {...p} type="number" min={1} max={100} {...form.register('quantity')} />}
      </Field>
      <Field label={t('needs.strategy')} error={msg(e.strategy?.message)}>
        {(p) => (
          <select {...p} {...form.register('strategy')}>
            <option value="sequential">{t('strategy.name.sequential')}</option>
            <option value="parallel">{t('strategy.name.parallel')}</option>
            <option value="first_come">{t('strategy.name.first_come')}</option>
          </select>
        )}
      </Field>
      {w.strategy === 'first_come' && (
        <Field
          label={t('needs.maxRecipients')}
          error={msg(e.maxRecipients?.message)}
          hint={t('needs.maxRecipientsHint')}
        >
          {(p) => <input {...p} type="number" min={1} {...form.register('maxRecipients')} />}
        </Field>
      )}
      <Field label={t('needs.responseTime')} error={msg(e.responseTimeHours?.message)}>
        {(p) => (
          <input {...p} type="number" min={1} max={720} {...form.register('responseTimeHours')} />
        )}
      </Field>
      <div className="field checkbox">
        <label>
          <input type="checkbox" {...form.register('requireLocalResidence')} />{' '}
          {t('needs.localOnly')}
        </label>
      </div>
      <p className="explain" aria-live="polite">
        {strategySentence(t, {
          strategy: String(w.strategy),
          quantity: Number(w.quantity) || 1,
          maxRecipients: Number(w.maxRecipients) || null,
          responseTimeHours: Number(w.responseTimeHours) || 24,
        })}
      </p>
      <ErrorNote error={error} />
      <FormActions
        submitLabel={t('needs.create')}
        submitting={form.formState.isSubmitting}
        onCancel={onDone}
      />
    </form>
  );
}
