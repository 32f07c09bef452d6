import { Injectable } from '@nestjs/common';

import { Clock, cursorPage, decodeCursor, pageOf, requestContext } from '#tutti/common';
import { slugify } from '#tutti/events';

import { pageNotFound, versionNotFound } from './content.errors.js';
import type {
  CreatePageDto,
  ListContentQuery,
  PublishPageDto,
  UpdatePageDto,
} from './dto/content.dto.js';
import { type PageRow, PagesRepository } from './pages.repository.js';
import { sanitise } from './sanitise.js';

const actor = () => requestContext.get()?.principal?.userId ?? null;

type Row = Omit<PageRow, 'versions'>;

/** Pages: drafts, versions kept on every save, publication now or at a time, archive. */
@Injectable()
export class PagesService {
  constructor(
    private readonly repo: PagesRepository,
    private readonly clock: Clock,
  ) {}

  private view(p: Row) {
    const now = this.clock.now();
    return {
      pageId: p.pageId,
      slug: p.slug,
      title: p.title,
      description: p.description,
      body: p.body,
      status: p.status,
      publishAt: p.publishAt,
      version: p.version,
      isLive:
        p.status === 'published' ||
        (p.status === 'scheduled' && !!p.publishAt && p.publishAt <= now),
      updatedAt: p.updatedAt,
    };
  }

  async create(dto: CreatePageDto) {
    const pageId = await this.repo.create(
      dto.slug ?? slugify(dto.title, 'page'),
      { title: dto.title, description: dto.description ?? null, body: sanitise(dto.body ?? '') },
      actor(),
    );
    return this.get(pageId);
  }

  async update(pageId: string, dto: UpdatePageDto) {
    const change = {
      ...(dto.title !== undefined ? { title: dto.title } : {}),
      ...(dto.description !== undefined ? { description: dto.description } : {}),
      ...(dto.body !== undefined ? { body: sanitise(dto.body) } : {}),
      ...(dto.slug !== undefined ? { slug: dto.slug } : {}),
    };
    if (!(await this.repo.save(pageId, change, actor()))) throw pageNotFound(pageId);
    return this.get(pageId);
  }

  /** The old version's content saved as the newest version: nothing is lost by restoring. */
  async restore(pageId: string, version: number) {
    const old = await this.repo.version(pageId, version);
    if (!old) {
      await this.get(pageId);
      throw versionNotFound(version);
    }
    await this.repo.save(
      pageId,
      { title: old.title, description: old.description, body: old.body },
      actor(),
    );
    return this.get(pageId);
  }

  async publish(pageId: string, dto: PublishPageDto) {
    const at = dto.publishAt ? new Date(dto.publishAt) : null;
    const scheduled = at !== null && at > this.clock.now();
    if (
      !(await this.repo.setStatus(
        pageId,
        scheduled ? 'scheduled' : 'published',
        scheduled ? at : this.clock.now(),
      ))
    )
      throw pageNotFound(pageId);
    return this.get(pageId);
  }

  async archive(pageId: string) {
    if (!(await this.repo.setStatus(pageId, 'archived', null))) throw pageNotFound(pageId);
    return this.get(pageId);
  }

  async unpublish(pageId: string) {
    if (!(await this.repo.setStatus(pageId, 'draft', null))) throw pageNotFound(pageId);
    return this.get(pageId);
  }

  async get(pageId: string) {
    const p = await this.repo.find(pageId);
    if (!p) throw pageNotFound(pageId);
    return { ...this.view(p), versions: p.versions };
  }

  async list(q: ListContentQuery) {
    const { page, size, skip } = pageOf(q);
    const after = q.cursor ? decodeCursor(q.cursor) : undefined;
    const { items, total } = await this.repo.list(q.status, {
      skip: after ? 0 : skip,
      take: size + 1,
      after,
    });
    const shown = cursorPage(items, size, (p) => ({ at: p.createdAt, id: p.id }));
    return { ...shown, items: shown.items.map((p) => this.view(p)), total, page, pageSize: size };
  }
}
