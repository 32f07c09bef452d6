import { Injectable } from '@nestjs/common';

import { TenantDb } from '#tutti/tenancy';

/** What is shown of a stored file: never its content. */
const FILE_META = {
  id: true,
  fileName: true,
  mimeType: true,
  size: true,
  sendTiming: true,
  createdAt: true,
} as const;

export interface NeedFileInput {
  fileName: string;
  mimeType: string;
  content: Buffer;
  sendTiming: 'on_request' | 'after_accept';
}

/** Needs and requests by their public ids, and the files attached to a need. */
@Injectable()
export class NeedsRepository {
  constructor(private readonly tenantDb: TenantDb) {}

  async needByPublicId(projectNeedId: string) {
    return (await this.tenantDb.client()).projectNeed.findUnique({
      where: { projectNeedId },
      select: { id: true, projectId: true },
    });
  }

  async requestIdOf(requestId: string): Promise<number | null> {
    const row = await (
      await this.tenantDb.client()
    ).request.findUnique({ where: { requestId }, select: { id: true } });
    return row?.id ?? null;
  }

  /** Everything the answer page shows about one request, found by its link's token hash. */
  async requestByTokenHash(tokenHash: string) {
    return (await this.tenantDb.client()).request.findUnique({
      where: { tokenHash },
      include: {
        musician: true,
        need: { include: { position: { include: { instrument: true } }, project: true } },
      },
    });
  }

  async addFile(need: { id: number; projectId: number }, file: NeedFileInput) {
    return (await this.tenantDb.client()).fileStorage.create({
      data: {
        projectNeedId: need.id,
        projectId: need.projectId,
        fileName: file.fileName,
        mimeType: file.mimeType,
        size: file.content.length,
        content: new Uint8Array(file.content),
        sendTiming: file.sendTiming,
      },
      select: FILE_META,
    });
  }

  async files(needId: number, page: { skip: number; take: number }) {
    const db = await this.tenantDb.client();
    const where = { projectNeedId: needId };
    const items = await db.fileStorage.findMany({
      where,
      select: FILE_META,
      orderBy: { id: 'asc' },
      ...page,
    });
    return { items, total: await db.fileStorage.count({ where }) };
  }
}
