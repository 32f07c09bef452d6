import { Injectable } from '@nestjs/common';

import { Clock } from '#tutti/common';
import { WaitlistsService } from '#tutti/events';

import { type PersonalData, PersonalDataRepository } from './personal-data.repository.js';
import { alreadyAnonymised, personNotFound } from './privacy.errors.js';

/** Internal ids and secrets never leave: the export speaks in public ids and plain facts. */
function exportOf(d: PersonalData, now: Date) {
  const m = d.m;
  return {
    exportedAt: now,
    person: {
      musicianId: m.musicianId,
      firstName: m.firstName,
      lastName: m.lastName,
      email: m.email,
      phone: m.phone,
      preferredLanguage: m.preferredLanguage,
      localResidence: m.localResidence,
      notes: m.notes,
      membershipStatus: m.membershipStatus,
      joinedOn: m.joinedOn,
      leftOn: m.leftOn,
      emergencyContact: { name: m.emergencyName, phone: m.emergencyPhone, email: m.emergencyEmail },
      photoUrl: m.photoUrl,
      smsOptedOut: m.smsOptedOut,
      isActive: m.isActive,
      isArchived: m.isArchived,
      anonymisedAt: m.anonymisedAt,
      createdAt: m.createdAt,
      updatedAt: m.updatedAt,
    },
    instruments: m.instruments.map((i) => ({
      instrument: i.instrument.name,
      isPrimary: i.isPrimary,
    })),
    sections: m.sections.map((s) => ({
      section: s.section.name,
      isLeader: s.isLeader,
      since: s.assignedAt,
    })),
    qualifications: m.qualifications.map((q) => q.position.name),
    rankings: m.rankings.map((r) => ({ list: r.list.id, rank: r.rank })),
    attendance: d.attendance.map((a) => ({
      event: a.event.title,
      eventId: a.event.eventId,
      startsAt: a.event.startsAt,
      status: a.status,
      reason: a.reason,
      noticeAt: a.noticeAt,
      markedAt: a.markedAt,
    })),
    substituteRequests: d.requests.map((r) => ({
      requestId: r.requestId,
      project: r.need.project.name,
      position: r.need.position.name,
      status: r.status,
      sentAt: r.sentAt,
      deadlineAt: r.deadlineAt,
      respondedAt: r.respondedAt,
      response: r.response,
      answeredByAdmin: r.answeredByAdmin,
    })),
    messagesSent: d.messages.map((c) => ({
      type: c.type,
      channel: c.channel,
      to: c.recipient,
      subject: c.subject,
      body: c.body,
      status: c.status,
      createdAt: c.createdAt,
      sentAt: c.sentAt,
    })),
    messagesReceived: d.inbound.map((i) => ({ body: i.body, receivedAt: i.receivedAt })),
    groupEmails: d.groupEmails,
    waitlistEntries: d.waitlists.map((w) => ({
      event: w.event.title,
      eventId: w.event.eventId,
      email: w.email,
      status: w.status,
      consentAt: w.consentAt,
      createdAt: w.createdAt,
      placeGivenAt: w.placeGivenAt,
      leftAt: w.leftAt,
    })),
    downloads: d.downloads.map((f) => ({
      file: f.file.fileName,
      downloadedAt: f.downloadedAt,
      ipAddress: f.ipAddress,
      userAgent: f.userAgent,
    })),
    partsAssigned: d.parts.map((p) => ({
      piece: p.part.piece.title,
      part: p.part.name,
      event: p.event.title,
      assignedAt: p.assignedAt,
    })),
    announcements: d.announcements.map((a) => ({
      title: a.announcement.title,
      body: a.announcement.body,
      deliveredAt: a.deliveredAt,
      readAt: a.readAt,
    })),
  };
}

/** A person's rights over their data: a copy of it, being forgotten, leaving a waitlist. */
@Injectable()
export class PersonalDataService {
  constructor(
    private readonly repo: PersonalDataRepository,
    private readonly waitlists: WaitlistsService,
    private readonly clock: Clock,
  ) {}

  async export(musicianId: string) {
    const m = await this.repo.musician(musicianId);
    if (!m) throw personNotFound(musicianId);
    return exportOf(await this.repo.gather(m.id), this.clock.now());
  }

  /** Waitlist entries go (places pass on), then the person's identity, in one transaction. */
  async anonymise(musicianId: string) {
    const m = await this.repo.musician(musicianId);
    if (!m) throw personNotFound(musicianId);
    const now = this.clock.now();
    if (m.anonymisedAt || !(await this.forget(m, now))) throw alreadyAnonymised();
    return { musicianId, anonymisedAt: now };
  }

  /** For retention: true when anonymised now, false when already (or no longer there). */
  async anonymiseIfNamed(musicianId: string): Promise<boolean> {
    const m = await this.repo.musician(musicianId);
    return !!m && !m.anonymisedAt && (await this.forget(m, this.clock.now()));
  }

  private async forget(m: { musicianId: string; email: string }, now: Date): Promise<boolean> {
    await this.waitlists.erase(m.email);
    return (await this.repo.anonymise(m.musicianId, now)) === true;
  }

  async eraseWaitlist(email: string) {
    const erased = await this.waitlists.erase(email);
    await this.repo.redactAuditOf([email.trim().toLowerCase()]);
    return { erased };
  }
}
