import type { components } from '../api/schema';

type Orchestra = components['schemas']['OrchestraView'];

/** The provisioning pipeline's steps, in order (libs/tenancy provisioning.pipeline.ts). */
export const STEPS = [
  'record',
  'create-database',
  'migrate',
  'seed',
  'create-admin',
  'activate',
] as const;

export function stepStates(
  o: Pick<Orchestra, 'status' | 'provisioning'>,
): Array<{ step: string; state: 'done' | 'running' | 'failed' | 'waiting' }> {
  const done = STEPS.indexOf((o.provisioning.step ?? 'record') as (typeof STEPS)[number]);
  return STEPS.map((step, i) => ({
    step,
    state:
      i <= done || o.status === 'active'
        ? 'done'
        : i === done + 1
          ? o.status === 'failed'
            ? 'failed'
            : o.status === 'provisioning'
              ? 'running'
              : 'waiting'
          : 'waiting',
  }));
}
