import { Injectable } from '@nestjs/common';

import { TenantDb } from '#tutti/tenancy';

import type { PageStatus } from './dto/content.dto.js';

export interface PageContent {
  title: string;
  description: string | null;
  body: string;
}

const withVersions = {
  versions: {
    orderBy: { version: 'desc' as const },
    select: { version: true, title: true, createdAt: true, createdBy: true },
  },
} as const;

/** Pages of the public site and every saved version of them. */
@Injectable()
export class PagesRepository {
  constructor(private readonly tenantDb: TenantDb) {}

  /** The page and its first version, together. */
  async create(slug: string, content: PageContent, by: string | null): Promise<string> {
    const db = await this.tenantDb.client();
    const page = await db.page.create({
      data: {
        slug,
        ...content,
        updatedBy: by,
        versions: { create: { version: 1, ...content, createdBy: by } },
      },
      select: { pageId: true },
    });
    return page.pageId;
  }

  /**
   * A new version: the page row's update takes its lock, so two saves at once number their
   * versions one after the other. False when there is no such page.
   */
  async save(
    pageId: string,
    change: Partial<PageContent> & { slug?: string },
    by: string | null,
  ): Promise<boolean> {
    const db = await this.tenantDb.client();
    return db.$transaction(async (tx) => {
      const [page] = await tx.page.updateManyAndReturn({
        where: { pageId },
        data: { ...change, version: { increment: 1 }, updatedBy: by },
      });
      if (!page) return false;
      await tx.pageVersion.create({
        data: {
          pageId: page.id,
          version: page.version,
          title: page.title,
          description: page.description,
          body: page.body,
          createdBy: by,
        },
      });
      return true;
    });
  }

  async version(pageId: string, version: number) {
    const db = await this.tenantDb.client();
    return db.pageVersion.findFirst({ where: { page: { pageId }, version } });
  }

  async setStatus(pageId: string, status: PageStatus, publishAt: Date | null): Promise<boolean> {
    const db = await this.tenantDb.client();
    return (
      (await db.page.updateMany({ where: { pageId }, data: { status, publishAt } })).count === 1
    );
  }

  async find(pageId: string) {
    const db = await this.tenantDb.client();
    return db.page.findUnique({ where: { pageId }, include: withVersions });
  }

  async list(
    status: PageStatus | undefined,
    page: { skip: number; take: number; after?: { at: Date; id: number } },
  ) {
    const db = await this.tenantDb.client();
    const where = status ? { status } : {};
    const keyset = page.after
      ? {
          OR: [
            { createdAt: { gt: page.after.at } },
            { createdAt: page.after.at, id: { gt: page.after.id } },
          ],
        }
      : {};
    const items = await db.page.findMany({
      where: { ...where, ...keyset },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      skip: page.skip,
      take: page.take,
    });
    return { items, total: await db.page.count({ where }) };
  }

  /** A page the public may see now: published, or scheduled for a time that has come. */
  async live(slug: string, now: Date) {
    const db = await this.tenantDb.client();
    return db.page.findFirst({
      where: {
        slug,
        OR: [{ status: 'published' }, { status: 'scheduled', publishAt: { lte: now } }],
      },
    });
  }

  async liveList(now: Date) {
    const db = await this.tenantDb.client();
    return db.page.findMany({
      where: { OR: [{ status: 'published' }, { status: 'scheduled', publishAt: { lte: now } }] },
      select: { slug: true, title: true },
      orderBy: { title: 'asc' },
      take: 50,
    });
  }
}

export type PageRow = NonNullable<Awaited<ReturnType<PagesRepository['find']>>>;
