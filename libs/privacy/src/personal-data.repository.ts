import { Injectable } from '@nestjs/common';

import { TenantDb } from '#tutti/tenancy';

/** Messages to a person: through their requests, or to one of their addresses. */
const messagesTo = (id: number, addresses: string[]) => ({
  OR: [{ request: { musicianId: id } }, { recipient: { in: addresses } }],
});

/** The name an anonymised member keeps: statistics stay, the person does not. */
export const ANONYMOUS = { firstName: 'Deleted', lastName: 'member' };
export const ANONYMISED_ADDRESS = 'anonymised';

/** Everything the tenant database holds about one person, and the removal of it. */
@Injectable()
export class PersonalDataRepository {
  constructor(private readonly tenantDb: TenantDb) {}

  async musician(musicianId: string) {
    const db = await this.tenantDb.client();
    return db.musician.findUnique({ where: { musicianId } });
  }

  /** One person's data, read in one snapshot: only rows that point at them or their addresses. */
  async gather(id: number) {
    const db = await this.tenantDb.client();
    return db.$transaction(
      async (tx) => {
        const m = await tx.musician.findUniqueOrThrow({
          where: { id },
          include: {
            instruments: { include: { instrument: { select: { name: true } } } },
            sections: { include: { section: { select: { name: true } } } },
            qualifications: { include: { position: { select: { name: true } } } },
            rankings: { include: { list: { select: { id: true } } } },
          },
        });
        const addresses = [m.email, ...(m.phone ? [m.phone] : [])];
        const [
          attendance,
          requests,
          messages,
          inbound,
          waitlists,
          downloads,
          announcements,
          parts,
          groupEmails,
        ] = await Promise.all([
          tx.attendance.findMany({
            where: { musicianId: id },
            include: { event: { select: { eventId: true, title: true, startsAt: true } } },
            orderBy: { markedAt: 'asc' },
          }),
          tx.request.findMany({
            where: { musicianId: id },
            include: {
              need: {
                select: {
                  project: { select: { projectId: true, name: true } },
                  position: { select: { name: true } },
                },
              },
            },
            orderBy: { sentAt: 'asc' },
          }),
          tx.communicationLog.findMany({
            where: messagesTo(id, addresses),
            orderBy: { createdAt: 'asc' },
          }),
          m.phone
            ? tx.inboundMessage.findMany({
                where: { fromNumber: m.phone },
                orderBy: { receivedAt: 'asc' },
              })
            : Promise.resolve([]),
          tx.waitlistEntry.findMany({
            where: { email: m.email.toLowerCase() },
            include: { event: { select: { eventId: true, title: true } } },
          }),
          tx.fileDownload.findMany({
            where: { musicianId: id },
            include: { file: { select: { fileName: true } } },
            orderBy: { downloadedAt: 'asc' },
          }),
          tx.announcementRecipient.findMany({
            where: { musicianId: id },
            include: {
              announcement: { select: { announcementId: true, title: true, body: true } },
            },
          }),
          tx.musicAssignment.findMany({
            where: { musicianId: id },
            include: {
              part: { select: { name: true, piece: { select: { title: true } } } },
              event: { select: { eventId: true, title: true } },
            },
          }),
          tx.groupEmailLog.findMany({
            where: { recipients: { array_contains: [m.email] } },
            select: { subject: true, body: true, sentAt: true },
          }),
        ]);
        return {
          m,
          attendance,
          requests,
          messages,
          inbound,
          waitlists,
          downloads,
          announcements,
          parts,
          groupEmails,
        };
      },
      { isolationLevel: 'RepeatableRead' },
    );
  }

  /**
   * Seed 000's rule in one transaction: name and contact details replaced, links revoked, the
   * texts that carried them (messages, SMS replies, absence reasons, download addresses)
   * cleared; attendance marks, requests and their outcomes stay, pointing at nobody. Null when
   * there is no such person; false when they were anonymised before.
   */
  async anonymise(musicianId: string, now: Date): Promise<boolean | null> {
    const db = await this.tenantDb.client();
    return db.$transaction(async (tx) => {
      // The row lock: two erasures at once do the work once.
      const [m] = await tx.$queryRaw<
        Array<{ id: number; email: string; phone: string | null; anonymisedAt: Date | null }>
      >`
      SELECT id, email, phone, "anonymisedAt" FROM "Musician" WHERE "musicianId" = ${musicianId} FOR UPDATE`;
      if (!m) return null;
      if (m.anonymisedAt) return false;
      const addresses = [m.email, ...(m.phone ? [m.phone] : [])];
      await tx.communicationLog.updateMany({
        where: messagesTo(m.id, addresses),
        data: { recipient: ANONYMISED_ADDRESS, subject: null, body: '', error: null },
      });
      if (m.phone)
        await tx.inboundMessage.updateMany({
          where: { fromNumber: m.phone },
          data: { fromNumber: ANONYMISED_ADDRESS, body: '' },
        });
      await tx.attendance.updateMany({ where: { musicianId: m.id }, data: { reason: null } });
      // An open request's link stops working; the request times out and the engine moves on.
      await tx.request.updateMany({
        where: { musicianId: m.id, tokenHash: { not: null } },
        data: { tokenHash: null },
      });
      await tx.fileDownload.updateMany({
        where: { musicianId: m.id },
        data: { ipAddress: null, userAgent: null },
      });
      await tx.musician.update({
        where: { id: m.id },
        data: {
          ...ANONYMOUS,
          email: `${musicianId}@anonymised.invalid`,
          phone: null,
          notes: null,
          emergencyName: null,
          emergencyPhone: null,
          emergencyEmail: null,
          photoUrl: null,
          calendarTokenHash: null,
          memberLinkHash: null,
          isActive: false,
          isArchived: true,
          archivedAt: now,
          anonymisedAt: now,
        },
      });
      // The audit trail keeps what changed, not who it was about: the person's rows (and the
      // anonymisation's own event, written by the update above) lose their before and after.
      await tx.$queryRaw`SELECT tutti_redact_audit(${String(m.id)}, ${addresses})`;
      return true;
    });
  }

  /** Redacts the audit trail's rows that name these addresses (a waitlist erasure). */
  async redactAuditOf(addresses: string[]): Promise<number> {
    const db = await this.tenantDb.client();
    const [row] = await db.$queryRaw<Array<{ n: number }>>`
      SELECT tutti_redact_audit(NULL, ${addresses}) AS n`;
    return row?.n ?? 0;
  }
}

export type PersonalData = Awaited<ReturnType<PersonalDataRepository['gather']>>;
