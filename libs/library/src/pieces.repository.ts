import { Injectable } from '@nestjs/common';

import { TenantDb, type TenantPrismaClient } from '#tutti/tenancy';

import type { Difficulty } from './dto/library.dto.js';

export interface PieceData {
  title?: string;
  subtitle?: string | null;
  composer?: string | null;
  arranger?: string | null;
  publisher?: string | null;
  difficulty?: Difficulty | null;
  durationSeconds?: number | null;
  genre?: string | null;
  tags?: string[];
  catalogNumber?: string | null;
  notes?: string | null;
  isArchived?: boolean;
}

/** The columns a piece is written with (the unchecked form: foreign keys as ids). */
interface MusicPieceColumns extends Omit<PieceData, 'composer' | 'arranger' | 'publisher'> {
  composerId?: number | null;
  arrangerId?: number | null;
  publisherId?: number | null;
}
type Tx = Parameters<Parameters<TenantPrismaClient['$transaction']>[0]>[0];

const include = {
  composer: true,
  arranger: true,
  publisher: true,
} as const;

const detailInclude = {
  ...include,
  files: { orderBy: { id: 'asc' as const }, include: { _count: { select: { downloads: true } } } },
  parts: {
    orderBy: { name: 'asc' as const },
    include: { instrument: true, file: { select: { fileId: true } } },
  },
} as const;

/** "Jean Sibelius" → first "Jean", last "Sibelius"; one word is a last name. */
function splitName(full: string): { firstName: string; lastName: string } {
  const words = full.trim().split(/\s+/);
  const lastName = words.pop()!;
  return { firstName: words.join(' '), lastName };
}

/** Similarity a misspelt word must reach to count as a match (pg_trgm word similarity). */
const WORD_SIMILARITY = 0.45;
/** A search shows this many of the best matches. */
export const SEARCH_LIMIT = 50;

/** The library's pieces, people and publishers, in the current tenant's database. */
@Injectable()
export class PiecesRepository {
  constructor(private readonly tenantDb: TenantDb) {}

  /** The new piece's pieceId. */
  async create(data: PieceData & { title: string }): Promise<string> {
    const db = await this.tenantDb.client();
    return db.$transaction(async (tx) => {
      const columns = await this.columns(tx, data);
      const row = await tx.musicPiece.create({
        data: { ...columns, title: data.title },
        select: { pieceId: true },
      });
      return row.pieceId;
    });
  }

  async update(pieceId: string, data: PieceData) {
    const db = await this.tenantDb.client();
    return db.$transaction(async (tx) => {
      const { count } = await tx.musicPiece.updateMany({
        where: { pieceId },
        data: await this.columns(tx, data),
      });
      return count === 1;
    });
  }

  find(pieceId: string) {
    return this.tenantDb
      .client()
      .then((db) => db.musicPiece.findUnique({ where: { pieceId }, include: detailInclude }));
  }

  async list(
    archived: boolean,
    page: { skip: number; take: number; after?: { key: string; id: number } },
  ) {
    const db = await this.tenantDb.client();
    const where = archived ? {} : { isArchived: false };
    const keyset = page.after
      ? {
          OR: [
            { title: { gt: page.after.key } },
            { title: page.after.key, id: { gt: page.after.id } },
          ],
        }
      : {};
    const items = await db.musicPiece.findMany({
      where: { ...where, ...keyset },
      orderBy: [{ title: 'asc' }, { id: 'asc' }],
      include,
      skip: page.skip,
      take: page.take,
    });
    return { items, total: await db.musicPiece.count({ where }) };
  }

  /**
   * Full-text search (Swedish and English stems, accents folded) or trigram word similarity,
   * ranked: an exact title first, then by text rank plus similarity. Both indexes serve it.
   */
  async search(term: string, archived: boolean) {
    const db = await this.tenantDb.client();
    const ids = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY)}, true)`;
      return tx.$queryRaw<Array<{ id: number }>>`
        WITH q AS (
          SELECT websearch_to_tsquery('english', unaccent(${term})) ||
                 websearch_to_tsquery('swedish', unaccent(${term})) AS ts,
                 lower(unaccent(${term})) AS term
        )
        SELECT p.id
        FROM "MusicPiece" p, q
        WHERE (p."searchVector" @@ q.ts OR q.term <% p."searchText")
          AND (${archived} OR NOT p."isArchived")
        ORDER BY lower(unaccent(p.title)) = q.term DESC,
                 ts_rank(p."searchVector", q.ts) + word_similarity(q.term, p."searchText") DESC,
                 p.title, p.id
        LIMIT ${SEARCH_LIMIT}`;
    });
    const rows = await db.musicPiece.findMany({
      where: { id: { in: ids.map((r) => r.id) } },
      include,
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((r) => byId.get(r.id)!).filter(Boolean);
  }

  /** Pieces' columns, people and the publisher found by name or added. */
  private async columns(tx: Tx, data: PieceData): Promise<MusicPieceColumns> {
    const { composer, arranger, publisher, ...rest } = data;
    return {
      ...rest,
      ...(composer !== undefined ? { composerId: await this.person(tx, composer) } : {}),
      ...(arranger !== undefined ? { arrangerId: await this.person(tx, arranger) } : {}),
      ...(publisher !== undefined ? { publisherId: await this.publisher(tx, publisher) } : {}),
    };
  }

  private async person(tx: Tx, name: string | null): Promise<number | null> {
    if (name === null) return null;
    const { firstName, lastName } = splitName(name);
    const found = await tx.person.findFirst({
      where: {
        firstName: { equals: firstName, mode: 'insensitive' },
        lastName: { equals: lastName, mode: 'insensitive' },
      },
      orderBy: { id: 'asc' },
    });
    return (found ?? (await tx.person.create({ data: { firstName, lastName } }))).id;
  }

  /** Found regardless of case or added, in one statement: two adds at once make one row. */
  private async publisher(tx: Tx, name: string | null): Promise<number | null> {
    if (name === null) return null;
    const [row] = await tx.$queryRaw<Array<{ id: number }>>`
      INSERT INTO "Publisher" (name, "updatedAt") VALUES (${name.trim()}, now())
      ON CONFLICT ((lower(name))) DO UPDATE SET name = "Publisher".name
      RETURNING id`;
    return row.id;
  }
}

export type PieceRow = Awaited<ReturnType<PiecesRepository['list']>>['items'][number];
export type PieceDetailRow = NonNullable<Awaited<ReturnType<PiecesRepository['find']>>>;
