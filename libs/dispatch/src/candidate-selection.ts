/** A musician on a ranking list, as the engine sees them. */
export interface RankedMusician {
  musicianId: number;
  /** The id the API shows. */
  publicId: string;
  name: string;
  rank: number;
  isActive: boolean;
  isArchived: boolean;
  localResidence: boolean;
  qualifiedPositionIds: number[];
}

export interface NeedRules {
  positionId: number;
  requireLocalResidence: boolean;
}

export type SkipReason =
  'inactive' | 'archived' | 'not-qualified' | 'not-local' | 'already-asked-in-project';

export interface Selection {
  /** Who may be asked, best ranked first. */
  candidates: RankedMusician[];
  skipped: Array<{ musician: RankedMusician; reason: SkipReason }>;
}

/**
 * Who on a ranking list may be asked for a need, in rank order, and why the others may not:
 * never a musician already asked anything in this project (an answer, a decline or a timeout
 * rules them out for the whole project), nor an inactive, archived, unqualified or — when the
 * need requires it — non-local one.
 */
export function selectCandidates(
  ranked: RankedMusician[],
  rules: NeedRules,
  askedInProject: ReadonlySet<number>,
): Selection {
  const candidates: RankedMusician[] = [];
  const skipped: Selection['skipped'] = [];
  for (const m of [...ranked].sort((a, b) => a.rank - b.rank)) {
    const reason: SkipReason | null = askedInProject.has(m.musicianId)
      ? 'already-asked-in-project'
      : m.isArchived
        ? 'archived'
        : !m.isActive
          ? 'inactive'
          : !m.qualifiedPositionIds.includes(rules.positionId)
            ? 'not-qualified'
            : rules.requireLocalResidence && !m.localResidence
              ? 'not-local'
              : null;
    if (reason) skipped.push({ musician: m, reason });
    else candidates.push(m);
  }
  return { candidates, skipped };
}

export type Strategy = 'sequential' | 'parallel' | 'first_come';

/**
 * How many new requests to send now.
 * - sequential: one open request at a time while places remain;
 * - parallel: as many open requests as places remain;
 * - first_come: a batch of `maxRecipients` (or everyone) when nothing is open, the first
 *   acceptances filling the places.
 */
export function requestsToSend(input: {
  strategy: Strategy;
  quantity: number;
  accepted: number;
  pending: number;
  maxRecipients: number | null;
  available: number;
}): number {
  const open = input.quantity - input.accepted;
  if (open <= 0) return 0;
  let want: number;
  switch (input.strategy) {
    case 'sequential':
      want = 1 - input.pending;
      break;
    case 'parallel':
      want = open - input.pending;
      break;
    case 'first_come':
      want = input.pending > 0 ? 0 : Math.max(input.maxRecipients ?? input.available, open);
      break;
  }
  return Math.max(0, Math.min(want, input.available));
}
