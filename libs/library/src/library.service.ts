import { Injectable } from '@nestjs/common';

import { decodeTextCursor, encodeTextCursor, pageOf } from '#tutti/common';

import type { CreatePieceDto, ListPiecesQuery, UpdatePieceDto } from './dto/library.dto.js';
import { pieceNotFound } from './library.errors.js';
import {
  type PieceDetailRow,
  type PieceRow,
  PiecesRepository,
  SEARCH_LIMIT,
} from './pieces.repository.js';

const fullName = (p: { firstName: string; lastName: string } | null) =>
  p ? `${p.firstName} ${p.lastName}`.trim() : null;

export function pieceView(p: PieceRow) {
  return {
    pieceId: p.pieceId,
    title: p.title,
    subtitle: p.subtitle,
    composer: fullName(p.composer),
    arranger: fullName(p.arranger),
    publisher: p.publisher?.name ?? null,
    difficulty: p.difficulty,
    durationSeconds: p.durationSeconds,
    genre: p.genre,
    tags: p.tags,
    catalogNumber: p.catalogNumber,
    notes: p.notes,
    isArchived: p.isArchived,
    createdAt: p.createdAt,
  };
}

function detailView(p: PieceDetailRow) {
  return {
    ...pieceView(p),
    files: p.files.map((f) => ({
      fileId: f.fileId,
      kind: f.kind,
      fileName: f.fileName,
      mimeType: f.mimeType,
      size: f.size,
      sha256: f.sha256,
      uploadedAt: f.uploadedAt,
      downloads: f._count.downloads,
    })),
    parts: p.parts.map((part) => ({
      partId: part.partId,
      name: part.name,
      instrumentId: part.instrumentId,
      instrument: part.instrument?.name ?? null,
      fileId: part.file?.fileId ?? null,
      isOptional: part.isOptional,
      notes: part.notes,
    })),
  };
}

/** The library's pieces: catalogue, search, details. */
@Injectable()
export class LibraryService {
  constructor(private readonly pieces: PiecesRepository) {}

  async create(dto: CreatePieceDto) {
    return this.get(await this.pieces.create(dto));
  }

  async update(pieceId: string, dto: UpdatePieceDto) {
    if (!(await this.pieces.update(pieceId, dto))) throw pieceNotFound(pieceId);
    return this.get(pieceId);
  }

  async get(pieceId: string) {
    const p = await this.pieces.find(pieceId);
    if (!p) throw pieceNotFound(pieceId);
    return detailView(p);
  }

  /** By title, paged by cursor; with `q`, the best matches of a search (at most 50). */
  async list(q: ListPiecesQuery) {
    const archived = q.archived ?? false;
    if (q.q?.trim()) {
      const hits = await this.pieces.search(q.q.trim(), archived);
      return {
        items: hits.map(pieceView),
        total: hits.length,
        page: 1,
        pageSize: SEARCH_LIMIT,
        nextCursor: null,
      };
    }
    const { page, size, skip } = pageOf(q);
    const after = q.cursor ? decodeTextCursor(q.cursor) : undefined;
    const { items, total } = await this.pieces.list(archived, {
      skip: after ? 0 : skip,
      take: size + 1,
      after,
    });
    const shown = items.slice(0, size);
    const last = shown.at(-1);
    return {
      items: shown.map(pieceView),
      total,
      page,
      pageSize: size,
      nextCursor: items.length > size && last ? encodeTextCursor(last.title, last.id) : null,
    };
  }
}
