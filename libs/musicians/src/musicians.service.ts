import { Injectable } from '@nestjs/common';

import { Clock, pageOf, type PageQuery, phoneOrThrow, planLimitReached } from '#tutti/common';
import { currentTenant, UnitOfWork } from '#tutti/tenancy';
import { WebhookEvents } from '#tutti/webhooks';

import type {
  CreateMusicianDto,
  ListMusiciansQuery,
  UpdateMusicianDto,
} from './dto/musician.dto.js';
import {
  duplicateInstrument,
  leftBeforeJoined,
  musicianNotFound,
  twoPrimaries,
  unknownInstrument,
  unknownPosition,
} from './musicians.errors.js';
import { MusiciansRepository } from './musicians.repository.js';

type MusicianRow = NonNullable<Awaited<ReturnType<MusiciansRepository['findByMusicianId']>>>;

export function musicianView(m: MusicianRow) {
  return {
    id: m.musicianId,
    firstName: m.firstName,
    lastName: m.lastName,
    email: m.email,
    phone: m.phone,
    preferredLanguage: m.preferredLanguage,
    localResidence: m.localResidence,
    notes: m.notes,
    isActive: m.isActive,
    isArchived: m.isArchived,
    smsOptedOut: m.smsOptedOut,
    membershipStatus: m.membershipStatus,
    joinedOn: m.joinedOn ? m.joinedOn.toISOString().slice(0, 10) : null,
    leftOn: m.leftOn ? m.leftOn.toISOString().slice(0, 10) : null,
    emergencyName: m.emergencyName,
    emergencyPhone: m.emergencyPhone,
    emergencyEmail: m.emergencyEmail,
    photoUrl: m.photoUrl,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}

@Injectable()
export class MusiciansService {
  constructor(
    private readonly musicians: MusiciansRepository,
    private readonly clock: Clock,
    private readonly webhooks: WebhookEvents,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async list(q: ListMusiciansQuery) {
    const { page, size, skip } = pageOf(q);
    const { page: _p, pageSize: _s, ...filter } = q;
    const { items, total } = await this.musicians.list(filter, { skip, take: size });
    return { items: items.map(musicianView), total, page, pageSize: size };
  }

  async get(id: string) {
    const m = await this.musicians.findByMusicianId(id);
    if (!m) throw musicianNotFound(id);
    return musicianView(m);
  }

  private async internal(id: string) {
    const m = await this.musicians.findByMusicianId(id);
    if (!m) throw musicianNotFound(id);
    return m;
  }

  async instruments() {
    return this.musicians.instruments();
  }

  /** Instruments with their positions, one page of the list envelope. */
  async instrumentPage(q: PageQuery) {
    const { page, size, skip } = pageOf(q);
    const items = await this.musicians.instruments({ skip, take: size });
    return { items, total: await this.musicians.instrumentCount(), page, pageSize: size };
  }

  async update(id: string, dto: UpdateMusicianDto) {
    const m = await this.internal(id);
    const country = currentTenant().country;
    const phone = dto.phone ? phoneOrThrow(dto.phone, country) : dto.phone;
    const emergencyPhone = dto.emergencyPhone
      ? phoneOrThrow(dto.emergencyPhone, country, 'emergencyPhone')
      : dto.emergencyPhone;
    const day = (v: string | null | undefined) =>
      v === undefined ? undefined : v === null ? null : new Date(`${v}T00:00:00Z`);
    const joinedOn = day(dto.joinedOn);
    const leftOn = day(dto.leftOn);
    const joined = joinedOn === undefined ? m.joinedOn : joinedOn;
    const left = leftOn === undefined ? m.leftOn : leftOn;
    if (joined && left && left < joined) throw leftBeforeJoined();
    return musicianView(
      await this.musicians.update(m.id, {
        ...dto,
        phone,
        emergencyPhone,
        joinedOn,
        leftOn,
        emergencyEmail: dto.emergencyEmail?.toLowerCase() ?? dto.emergencyEmail,
      }),
    );
  }

  async instrumentsOf(id: string) {
    const m = await this.internal(id);
    return { id, instruments: await this.musicians.playedInstruments(m.id) };
  }

  /** Replaces what the person plays: at most one primary, every instrument known. */
  async setInstruments(id: string, choices: Array<{ instrumentId: number; isPrimary: boolean }>) {
    const m = await this.internal(id);
    if (choices.filter((c) => c.isPrimary).length > 1) throw twoPrimaries();
    if (new Set(choices.map((c) => c.instrumentId)).size !== choices.length) {
      throw duplicateInstrument();
    }
    if (!(await this.musicians.setPlayedInstruments(m.id, choices))) throw unknownInstrument();
    return { id, instruments: await this.musicians.playedInstruments(m.id) };
  }

  createInstrument(name: string) {
    return this.musicians.createInstrument(name);
  }

  createPosition(instrumentId: number, name: string, hierarchyLevel: number) {
    return this.musicians.createPosition(instrumentId, name, hierarchyLevel);
  }

  async qualifications(id: string) {
    const m = await this.internal(id);
    return { id, positionIds: await this.musicians.qualifications(m.id) };
  }

  async setQualifications(id: string, positionIds: number[]) {
    const m = await this.internal(id);
    if (!(await this.musicians.setQualifications(m.id, positionIds))) {
      throw unknownPosition();
    }
    return { id, positionIds: await this.musicians.qualifications(m.id) };
  }

  async setArchived(id: string, archived: boolean) {
    const m = await this.internal(id);
    return musicianView(await this.musicians.setArchived(m.id, archived, this.clock.now()));
  }

  /** Requests received, accepted, declined, timed out, and the median time to answer. */
  async stats(id: string) {
    const m = await this.internal(id);
    const rows = await this.musicians.requestStats(m.id);
    const count = (s: string) => rows.filter((r) => r.status === s).length;
    const times = rows
      .filter((r) => r.respondedAt)
      .map((r) => r.respondedAt!.getTime() - r.sentAt.getTime())
      .sort((a, b) => a - b);
    const median = times.length
      ? times.length % 2
        ? times[(times.length - 1) / 2]
        : (times[times.length / 2 - 1] + times[times.length / 2]) / 2
      : null;
    return {
      id,
      received: rows.length,
      accepted: count('accepted'),
      declined: count('declined'),
      timedOut: count('timeout'),
      medianMinutesToAnswer: median === null ? null : Math.round(median / 60_000),
    };
  }

  /** The musician and the `musician.created` event commit together. */
  async create(dto: CreateMusicianDto) {
    const limit = currentTenant().limits.maxMusicians;
    const phone = dto.phone ? phoneOrThrow(dto.phone, currentTenant().country) : undefined;
    return this.unitOfWork.run(async () => {
      const created = await this.musicians.createWithin([{ ...dto, phone }], limit);
      if (!created) throw planLimitReached('musicians', limit, currentTenant().plan);
      const view = musicianView(created[0]);
      await this.webhooks.emit('musician.created', {
        musicianId: view.id,
        firstName: view.firstName,
        lastName: view.lastName,
        membershipStatus: view.membershipStatus,
      });
      return view;
    });
  }
}
