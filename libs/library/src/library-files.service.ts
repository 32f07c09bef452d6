import { createHash, randomUUID } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';

import { APP_CONFIG, type AppConfig, requestContext } from '#tutti/common';
import {
  assertUpload,
  DownloadLinks,
  FILE_TYPES,
  FileStore,
  storageKey,
  type UploadedPart,
} from '#tutti/storage';
import { currentTenant, TenantUrls } from '#tutti/tenancy';

import type { AssignPartDto, CreatePartDto, UploadFileDto } from './dto/library.dto.js';
import {
  assignmentNotFound,
  eventNotFound,
  fileNotFound,
  instrumentNotFound,
  linkInvalid,
  notOnProgramme,
  partNotFound,
  pieceNotFound,
  unknownMembers,
} from './library.errors.js';
import { LibraryService } from './library.service.js';
import { type AssignmentRow, LibraryFilesRepository } from './library-files.repository.js';

/** multer's hard cap; the configured MAX_UPLOAD_MB (lower) answers with the error shape. */
export const LIBRARY_UPLOAD_LIMITS = {
  fileSize: 100 * 1024 * 1024,
  files: 1,
  fields: 5,
  fieldSize: 1024,
};

export interface Download {
  fileName: string;
  mimeType: string;
  content: Buffer;
}

const actor = () => requestContext.get()?.principal?.userId ?? null;

export function assignmentView(a: AssignmentRow) {
  return {
    assignmentId: a.id,
    partId: a.part.partId,
    part: a.part.name,
    pieceId: a.part.piece.pieceId,
    piece: a.part.piece.title,
    musicianId: a.musician.musicianId,
    musician: `${a.musician.firstName} ${a.musician.lastName}`,
    fileId: a.part.file?.fileId ?? null,
    assignedAt: a.assignedAt,
  };
}

/**
 * The library's files (bytes in the file store, facts in the database), parts, assignments
 * for a concert, and downloads through signed links that are logged.
 */
@Injectable()
export class LibraryFilesService {
  constructor(
    private readonly repo: LibraryFilesRepository,
    private readonly store: FileStore,
    private readonly links: DownloadLinks,
    private readonly urls: TenantUrls,
    private readonly library: LibraryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Checked before anything is stored: the type, the content's magic bytes, the size. */
  async upload(pieceId: string, dto: UploadFileDto, file: UploadedPart | undefined) {
    const piece = await this.repo.pieceId(pieceId);
    if (piece === null) throw pieceNotFound(pieceId);
    assertUpload(file, FILE_TYPES.library, this.config.storage.maxUploadMb * 1024 * 1024);
    const id = randomUUID().replaceAll('-', '');
    const key = storageKey(currentTenant().id, 'library', id);
    await this.store.put(key, file.buffer, file.mimetype);
    try {
      const row = await this.repo.addFile(piece, {
        fileId: id,
        kind: dto.kind,
        fileName: file.originalname.slice(0, 255) || 'file',
        mimeType: file.mimetype.toLowerCase(),
        size: file.buffer.length,
        sha256: createHash('sha256').update(file.buffer).digest('hex'),
        storageKey: key,
        uploadedBy: actor(),
      });
      return {
        fileId: row.fileId,
        kind: row.kind,
        fileName: row.fileName,
        mimeType: row.mimeType,
        size: row.size,
        sha256: row.sha256,
        uploadedAt: row.uploadedAt,
        downloads: row._count.downloads,
      };
    } catch (error) {
      // The row was not written: the bytes must not stay behind it.
      await this.store.delete(key);
      throw error;
    }
  }

  async deleteFile(fileId: string) {
    const key = await this.repo.deleteFile(fileId);
    if (key === null) throw fileNotFound(fileId);
    await this.store.delete(key);
  }

  /** A short-lived link for the signed-in user. */
  async link(fileId: string) {
    if (!(await this.repo.file(fileId))) throw fileNotFound(fileId);
    return this.linkFor({ fileId, userId: actor() ?? undefined });
  }

  linkFor(grant: { fileId: string; userId?: string; musicianId?: number }) {
    const tenant = currentTenant();
    const { token, expiresAt } = this.links.seal(tenant.id, grant);
    return { url: `${this.urls.tenant(tenant.subdomain)}/files/${token}`, expiresAt };
  }

  /** The file a link opens, logged; a forged or expired link, or a file gone, is a 404. */
  async download(token: string, ip: string | null, userAgent: string | null): Promise<Download> {
    const grant = this.links.open(currentTenant().id, token);
    const file = grant ? await this.repo.file(grant.fileId) : null;
    const content = file ? await this.store.get(file.storageKey) : null;
    if (!grant || !file || !content) throw linkInvalid();
    await this.repo.logDownload(file.id, grant, ip, userAgent);
    return { fileName: file.fileName, mimeType: file.mimeType, content };
  }

  async addPart(pieceId: string, dto: CreatePartDto) {
    const piece = await this.repo.pieceId(pieceId);
    if (piece === null) throw pieceNotFound(pieceId);
    if (dto.instrumentId && !(await this.repo.instrumentExists(dto.instrumentId)))
      throw instrumentNotFound(dto.instrumentId);
    const file = dto.fileId ? await this.repo.fileOfPiece(piece, dto.fileId) : null;
    if (dto.fileId && !file) throw fileNotFound(dto.fileId, 'fileId');
    await this.repo.addPart({
      pieceId: piece,
      name: dto.name.trim(),
      instrumentId: dto.instrumentId ?? null,
      fileId: file?.id ?? null,
      isOptional: dto.isOptional ?? false,
      notes: dto.notes ?? null,
    });
    return this.library.get(pieceId);
  }

  async deletePart(partId: string) {
    if (!(await this.repo.deletePart(partId))) throw partNotFound(partId);
  }

  /** Hands a part to members for an event whose programme has the piece. */
  async assign(dto: AssignPartDto) {
    const event = await this.repo.event(dto.eventId);
    if (!event) throw eventNotFound(dto.eventId);
    const part = await this.repo.part(dto.partId);
    if (!part) throw partNotFound(dto.partId, 'partId');
    if (!event.programme.some((p) => p.pieceId === part.pieceId)) throw notOnProgramme();
    const wanted = [...new Set(dto.musicianIds)];
    const found = await this.repo.musicians(wanted);
    if (found.length !== wanted.length) {
      const known = new Set(found.map((m) => m.musicianId));
      throw unknownMembers(wanted.filter((id) => !known.has(id)));
    }
    await this.repo.assign(
      event.id,
      part.id,
      found.map((m) => m.id),
      actor(),
    );
    return this.assignments(dto.eventId);
  }

  async assignments(eventId: string) {
    const event = await this.repo.event(eventId);
    if (!event) throw eventNotFound(eventId);
    return { items: (await this.repo.assignments(event.id)).map(assignmentView) };
  }

  async unassign(id: number) {
    if (!(await this.repo.unassign(id))) throw assignmentNotFound(id);
  }
}
