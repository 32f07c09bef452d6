import { Injectable } from '@nestjs/common';

import { TenantDb } from '#tutti/tenancy';

const SETTINGS_KEY = 'retention';

/** How long each kind of data is kept (seed 000 §7.2), per ensemble. */
export interface RetentionPeriods {
  downloadLogDays: number;
  communicationLogDays: number;
  waitlistDaysAfterEvent: number;
  formerMemberYears: number;
  auditDays: number;
}

export const DEFAULT_PERIODS: RetentionPeriods = {
  downloadLogDays: 365,
  communicationLogDays: 730,
  waitlistDaysAfterEvent: 90,
  formerMemberYears: 10,
  auditDays: 730,
};

/** Answer links of requests that ended this long ago stop working. */
const SPENT_LINK_DAYS = 30;
const DAY = 86_400_000;

export interface RuleOutcome {
  rule: string;
  rows: number;
  cutoff: Date;
}

/** The tenant's deleting retention rules, each one statement (or one transaction), and their record. */
@Injectable()
export class TenantRetentionRepository {
  constructor(private readonly tenantDb: TenantDb) {}

  async periods(): Promise<RetentionPeriods> {
    const db = await this.tenantDb.client();
    const row = await db.settings.findUnique({ where: { key: SETTINGS_KEY } });
    return { ...DEFAULT_PERIODS, ...((row?.value ?? {}) as Partial<RetentionPeriods>) };
  }

  async setPeriods(periods: RetentionPeriods): Promise<void> {
    const db = await this.tenantDb.client();
    await db.settings.upsert({
      where: { key: SETTINGS_KEY },
      create: { key: SETTINGS_KEY, value: { ...periods } },
      update: { value: { ...periods } },
    });
  }

  /** Applies the deleting rules as of `now`; a second run at the same time removes nothing more. */
  async apply(now: Date, p: RetentionPeriods): Promise<RuleOutcome[]> {
    const db = await this.tenantDb.client();
    const before = (days: number) => new Date(now.getTime() - days * DAY);
    const out: RuleOutcome[] = [];

    const tokensCutoff = before(SPENT_LINK_DAYS);
    const [waitlistTokens, requestLinks] = await db.$transaction([
      db.waitlistEntry.updateMany({
        where: { confirmTokenHash: { not: null }, confirmExpiresAt: { lt: now } },
        data: { confirmTokenHash: null },
      }),
      db.request.updateMany({
        where: {
          tokenHash: { not: null },
          status: { not: 'pending' },
          deadlineAt: { lt: tokensCutoff },
        },
        data: { tokenHash: null },
      }),
    ]);
    out.push({
      rule: 'expired_tokens',
      rows: waitlistTokens.count + requestLinks.count,
      cutoff: now,
    });

    const downloads = before(p.downloadLogDays);
    out.push({
      rule: 'download_logs',
      rows: (await db.fileDownload.deleteMany({ where: { downloadedAt: { lt: downloads } } }))
        .count,
      cutoff: downloads,
    });

    const comms = before(p.communicationLogDays);
    const [logs, inbound] = await db.$transaction([
      db.communicationLog.deleteMany({
        where: { createdAt: { lt: comms }, status: { notIn: ['queued'] } },
      }),
      db.inboundMessage.deleteMany({ where: { receivedAt: { lt: comms } } }),
    ]);
    out.push({ rule: 'communication_logs', rows: logs.count + inbound.count, cutoff: comms });

    const waitlists = before(p.waitlistDaysAfterEvent);
    out.push({
      rule: 'waitlist_entries',
      rows: (await db.waitlistEntry.deleteMany({ where: { event: { endsAt: { lt: waitlists } } } }))
        .count,
      cutoff: waitlists,
    });

    const audit = before(p.auditDays);
    out.push({
      rule: 'audit_events',
      rows: (await db.auditEvent.deleteMany({ where: { at: { lt: audit } } })).count,
      cutoff: audit,
    });

    return out;
  }

  /** Members who left before `leftBefore` and still have a name: due to be anonymised. */
  async formerMembers(leftBefore: Date): Promise<string[]> {
    const db = await this.tenantDb.client();
    const rows = await db.musician.findMany({
      where: {
        anonymisedAt: null,
        leftOn: { lt: leftBefore },
        membershipStatus: { in: ['alumni', 'inactive'] },
      },
      select: { musicianId: true },
    });
    return rows.map((m) => m.musicianId);
  }

  async recordRuns(outcomes: RuleOutcome[], ranAt: Date): Promise<void> {
    const db = await this.tenantDb.client();
    await db.retentionRun.createMany({ data: outcomes.map((o) => ({ ...o, ranAt })) });
  }

  async runs(take: number) {
    const db = await this.tenantDb.client();
    return db.retentionRun.findMany({ orderBy: [{ ranAt: 'desc' }, { id: 'asc' }], take });
  }
}
