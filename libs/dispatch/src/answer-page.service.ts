import { Injectable } from '@nestjs/common';

import { sha256 } from '#tutti/common';

import { AnswerPagePresenter, type RenderedPage } from './answer-page.presenter.js';
import { AnswerRequest } from './answer-request.use-case.js';
import { NeedsRepository } from './needs.repository.js';

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/**
 * The page a musician opens from an SMS or email. Opening it (GET) never answers: link
 * previewers and scanners open links too. Answering is an explicit POST of its form.
 */
@Injectable()
export class AnswerPageService {
  constructor(
    private readonly needs: NeedsRepository,
    private readonly answerRequest: AnswerRequest,
    private readonly presenter: AnswerPagePresenter,
  ) {}

  private load(token: string) {
    return TOKEN.test(token) ? this.needs.requestByTokenHash(sha256(token)) : null;
  }

  async show(token: string): Promise<RenderedPage> {
    const r = await this.load(token);
    return r ? this.presenter.show(r, token) : this.presenter.unknown();
  }

  async answer(token: string, form: Record<string, unknown>): Promise<RenderedPage> {
    const r = await this.load(token);
    if (!r) return this.presenter.unknown();
    const answer = form.answer;
    if (answer !== 'accept' && answer !== 'decline') return this.presenter.show(r, token, 400);
    const message =
      typeof form.message === 'string' && form.message.trim()
        ? form.message.trim().slice(0, 1000)
        : null;
    const outcome = await this.answerRequest.execute({
      requestId: r.id,
      accept: answer === 'accept',
      message,
      byAdmin: false,
    });
    return this.presenter.afterAnswer((await this.load(token))!, token, outcome);
  }
}
