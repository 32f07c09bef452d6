import { Injectable } from '@nestjs/common';

import { DomainError, pageOf, type PageQuery } from '#tutti/common';
import { NotifyRequests } from '#tutti/messaging';
import { assertFileType, FILE_TYPES, fileTooLarge, type UploadedPart } from '#tutti/storage';

import { AnswerRequest } from './answer-request.use-case.js';
import { selectCandidates } from './candidate-selection.js';
import {
  needNotFound,
  needUnfilled,
  needWithoutList,
  needWrongState,
  quantityNotRaised,
  requestNotFound,
} from './dispatch.errors.js';
import { DispatchRepository, type NeedStatus } from './dispatch.repository.js';
import { DispatchQueue } from './dispatch-queue.js';
import type { AdminAnswerDto, UploadNeedFileDto } from './dto/needs.dto.js';
import { NeedsRepository } from './needs.repository.js';

const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** multer's limits: one file of at most 10 MB, a few small fields; past them a 413. */
export const UPLOAD_LIMITS = { fileSize: MAX_FILE_BYTES, files: 1, fields: 10, fieldSize: 1024 };

/** The JSON form: every part named, the content base64 that decodes to itself. */
function fromJson(dto: UploadNeedFileDto): { fileName: string; mimeType: string; content: Buffer } {
  for (const field of ['fileName', 'mimeType', 'contentBase64'] as const)
    if (!dto[field])
      throw new DomainError(
        'file/missing',
        'invalid',
        `${field} is required (or send the file as multipart/form-data)`,
        { field },
      );
  const content = Buffer.from(dto.contentBase64!, 'base64');
  if (
    content.length === 0 ||
    content.toString('base64').replace(/=+$/, '') !==
      dto.contentBase64!.replace(/\s/g, '').replace(/=+$/, '')
  )
    throw new DomainError('file/bad-content', 'invalid', 'contentBase64 must be non-empty base64', {
      field: 'contentBase64',
    });
  return { fileName: dto.fileName!, mimeType: dto.mimeType!, content };
}

const OPEN: NeedStatus[] = ['draft', 'active', 'paused', 'exhausted'];

/** A need's life: preview, start, pause, resume, cancel, complete, raise; its files. */
@Injectable()
export class NeedsService {
  constructor(
    private readonly needs: NeedsRepository,
    private readonly engine: DispatchRepository,
    private readonly queue: DispatchQueue,
    private readonly answerRequest: AnswerRequest,
    private readonly notify: NotifyRequests,
  ) {}

  /** Who would be asked now, in order, and who is skipped and why. */
  async preview(id: string) {
    const found = await this.engine.needWithCandidates(await this.internalId(id));
    if (!found) throw needNotFound(id);
    const { candidates, skipped } = selectCandidates(found.ranked, found.need, found.asked);
    const who = (m: { publicId: string; name: string; rank: number }) => ({
      musicianId: m.publicId,
      name: m.name,
      rank: m.rank,
    });
    return {
      wouldAsk: candidates.map(who),
      skipped: skipped.map((s) => ({ ...who(s.musician), reason: s.reason })),
    };
  }

  async start(id: string) {
    const needId = await this.internalId(id);
    const found = await this.engine.needWithCandidates(needId);
    if (!found?.need.rankingListId && !found?.need.customRankingListId) throw needWithoutList();
    await this.transition(needId, ['draft'], 'active', 'start');
    await this.queue.dispatch(needId);
    return { id, status: 'active' };
  }

  async pause(id: string) {
    await this.transition(await this.internalId(id), ['active'], 'paused', 'pause');
    return { id, status: 'paused' };
  }

  async resume(id: string) {
    const needId = await this.internalId(id);
    await this.transition(needId, ['paused', 'exhausted'], 'active', 'resume');
    await this.queue.dispatch(needId);
    return { id, status: 'active' };
  }

  /**
   * Closes the need and its open requests together; the musicians still asked are told the
   * request is withdrawn. Completing a need with places still open must be confirmed.
   */
  async close(id: string, to: 'cancelled' | 'completed', confirmUnfilled = false) {
    const verb = to === 'cancelled' ? 'be cancelled' : 'be completed';
    const closed = await this.engine.withNeed(await this.internalId(id), {}, async (lock) => {
      if (!lock || !OPEN.includes(lock.need.status))
        throw needWrongState(verb, lock?.need.status ?? null);
      if (to === 'completed' && !confirmUnfilled) {
        const { accepted } = await lock.counts();
        if (accepted < lock.need.quantity) throw needUnfilled(accepted, lock.need.quantity);
      }
      await lock.update({ status: to });
      return lock.cancelPending(to === 'cancelled' ? 'need-cancelled' : 'need-completed');
    });
    await this.notify.execute({ type: 'request_withdrawn', requestIds: closed });
    return { id, status: to, withdrawn: closed.length };
  }

  /** More places: a filled or exhausted need runs again and asks on. */
  async raise(id: string, quantity: number) {
    const needId = await this.internalId(id);
    await this.engine.withNeed(needId, {}, async (lock) => {
      if (!lock) throw needNotFound(id);
      if (quantity <= lock.need.quantity) throw quantityNotRaised();
      const reopen = lock.need.status === 'completed' || lock.need.status === 'exhausted';
      await lock.update({ quantity, ...(reopen ? { status: 'active' as const } : {}) });
    });
    await this.queue.dispatch(needId);
    return { id, quantity };
  }

  /** An answer taken by phone, recorded on the musician's behalf and marked so. */
  async answerFor(requestId: string, dto: AdminAnswerDto) {
    const internal = await this.needs.requestIdOf(requestId);
    if (internal === null) throw requestNotFound(requestId);
    const outcome = await this.answerRequest.execute({
      requestId: internal,
      accept: dto.answer === 'accept',
      message: dto.message ?? null,
      byAdmin: true,
    });
    // The outcome names the state that decided it (a paused need, an answered request).
    return {
      outcome: outcome.kind,
      ...(outcome.kind === 'need-closed' ? { needStatus: outcome.needStatus } : {}),
      ...(outcome.kind === 'already-answered' ? { requestStatus: outcome.status } : {}),
    };
  }

  /** A part or schedule for a need: sent with the request, or only with the confirmation. */
  async addFile(id: string, dto: UploadNeedFileDto, part?: UploadedPart) {
    const need = await this.need(id);
    const file = part
      ? { fileName: part.originalname, mimeType: part.mimetype, content: part.buffer }
      : fromJson(dto);
    if (file.content.length === 0)
      throw new DomainError('file/empty', 'invalid', 'The file is empty', { field: 'file' });
    if (file.content.length > MAX_FILE_BYTES) throw fileTooLarge(MAX_FILE_BYTES);
    assertFileType(FILE_TYPES.needFiles, file.mimeType, file.content);
    return this.needs.addFile(need, { ...file, sendTiming: dto.sendTiming });
  }

  async files(id: string, q: PageQuery) {
    const { page, size, skip } = pageOf(q);
    const { items, total } = await this.needs.files((await this.need(id)).id, { skip, take: size });
    return { items, total, page, pageSize: size };
  }

  private async need(id: string) {
    const need = await this.needs.needByPublicId(id);
    if (!need) throw needNotFound(id);
    return need;
  }

  private async internalId(id: string): Promise<number> {
    return (await this.need(id)).id;
  }

  private async transition(needId: number, from: NeedStatus[], to: NeedStatus, verb: string) {
    if (!(await this.engine.transitionNeed(needId, from, to)))
      throw needWrongState(verb, await this.engine.needStatus(needId));
  }
}
