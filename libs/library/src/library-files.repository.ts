import { Injectable } from '@nestjs/common';

import { TenantDb } from '#tutti/tenancy';

import type { FileKind } from './dto/library.dto.js';

export interface NewMusicFile {
  fileId: string;
  kind: FileKind;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  storageKey: string;
  uploadedBy: string | null;
}

const assignmentInclude = {
  part: { include: { piece: { select: { pieceId: true, title: true } }, file: true } },
  musician: { select: { musicianId: true, firstName: true, lastName: true } },
} as const;

/** Files, parts, assignments and the download log of the library. */
@Injectable()
export class LibraryFilesRepository {
  constructor(private readonly tenantDb: TenantDb) {}

  async pieceId(pieceId: string): Promise<number | null> {
    const db = await this.tenantDb.client();
    return (
      (await db.musicPiece.findUnique({ where: { pieceId }, select: { id: true } }))?.id ?? null
    );
  }

  async addFile(pieceId: number, file: NewMusicFile) {
    const db = await this.tenantDb.client();
    return db.musicFile.create({
      data: { ...file, pieceId },
      include: { _count: { select: { downloads: true } } },
    });
  }

  async file(fileId: string) {
    const db = await this.tenantDb.client();
    return db.musicFile.findUnique({ where: { fileId } });
  }

  /** Removes the row; the caller removes the bytes. */
  async deleteFile(fileId: string) {
    const db = await this.tenantDb.client();
    const [row] = await db.musicFile.findMany({ where: { fileId }, select: { storageKey: true } });
    if (!row) return null;
    await db.musicFile.delete({ where: { fileId } });
    return row.storageKey;
  }

  async logDownload(
    fileId: number,
    who: { musicianId?: number; userId?: string },
    ip: string | null,
    userAgent: string | null,
  ) {
    const db = await this.tenantDb.client();
    await db.fileDownload.create({
      data: {
        fileId,
        musicianId: who.musicianId ?? null,
        userId: who.userId ?? null,
        ipAddress: ip,
        userAgent: userAgent?.slice(0, 300) ?? null,
      },
    });
  }

  async instrumentExists(id: number) {
    const db = await this.tenantDb.client();
    return (await db.instrument.count({ where: { id } })) === 1;
  }

  async fileOfPiece(pieceId: number, fileId: string) {
    const db = await this.tenantDb.client();
    return db.musicFile.findFirst({ where: { pieceId, fileId }, select: { id: true } });
  }

  async addPart(data: {
    pieceId: number;
    name: string;
    instrumentId: number | null;
    fileId: number | null;
    isOptional: boolean;
    notes: string | null;
  }) {
    const db = await this.tenantDb.client();
    return db.musicPart.create({ data });
  }

  async deletePart(partId: string): Promise<boolean> {
    const db = await this.tenantDb.client();
    return (await db.musicPart.deleteMany({ where: { partId } })).count === 1;
  }

  async part(partId: string) {
    const db = await this.tenantDb.client();
    return db.musicPart.findUnique({ where: { partId } });
  }

  async event(eventId: string) {
    const db = await this.tenantDb.client();
    return db.event.findUnique({
      where: { eventId },
      select: { id: true, programme: { select: { pieceId: true } } },
    });
  }

  async musicians(musicianIds: string[]) {
    const db = await this.tenantDb.client();
    return db.musician.findMany({
      where: { musicianId: { in: musicianIds }, anonymisedAt: null },
      select: { id: true, musicianId: true },
    });
  }

  /** One row per member; assigning twice changes nothing. */
  async assign(eventId: number, partId: number, musicianIds: number[], by: string | null) {
    const db = await this.tenantDb.client();
    await db.musicAssignment.createMany({
      data: musicianIds.map((musicianId) => ({ eventId, partId, musicianId, assignedBy: by })),
      skipDuplicates: true,
    });
  }

  async assignments(eventId: number) {
    const db = await this.tenantDb.client();
    return db.musicAssignment.findMany({
      where: { eventId },
      include: assignmentInclude,
      orderBy: [{ part: { piece: { title: 'asc' } } }, { part: { name: 'asc' } }, { id: 'asc' }],
    });
  }

  async unassign(id: number): Promise<boolean> {
    const db = await this.tenantDb.client();
    return (await db.musicAssignment.deleteMany({ where: { id } })).count === 1;
  }

  /** A member's parts for events that have not ended, for their own page. */
  async memberParts(musicianId: number, now: Date) {
    const db = await this.tenantDb.client();
    return db.musicAssignment.findMany({
      where: { musicianId, event: { endsAt: { gt: now }, status: 'published' } },
      include: {
        ...assignmentInclude,
        event: { select: { title: true, startsAt: true } },
      },
      orderBy: [{ event: { startsAt: 'asc' } }, { id: 'asc' }],
    });
  }
}

export type AssignmentRow = Awaited<ReturnType<LibraryFilesRepository['assignments']>>[number];
