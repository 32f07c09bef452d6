import { Injectable } from '@nestjs/common';

import { type Budget, RateLimiter } from '#tutti/auth';
import { sha256 } from '#tutti/common';

import { AnswerPagePresenter, type RenderedPage } from './answer-page.presenter.js';
import { AnswerRequest } from './answer-request.use-case.js';
import { NeedsRepository } from './needs.repository.js';

/** Who opened the page: the address (for the guess budget) and the browser's languages. */
export interface PageClient {
  ip: string;
  language: string | undefined;
}

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;
/** Wrong links from one address before it must wait: guessing a token is hopeless anyway. */
const LINK_GUESSES: Budget = { what: 'attempts with unknown links', max: 30, windowSeconds: 900 };

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
    private readonly limiter: RateLimiter,
  ) {}

  /**
   * The request behind a link. Only unknown links spend the address's budget (and are refused
   * past it): a valid link costs no control-plane query, and a guesser is stopped all the same.
   */
  private async load(token: string, ip: string) {
    const r = TOKEN.test(token) ? await this.needs.requestByTokenHash(sha256(token)) : null;
    if (!r) await this.limiter.spend(`answer-link:address:${ip}`, LINK_GUESSES);
    return r;
  }

  async show(token: string, client: PageClient): Promise<RenderedPage> {
    const r = await this.load(token, client.ip);
    return r ? this.presenter.show(r, token) : this.presenter.unknown(client.language);
  }

  async answer(
    token: string,
    form: Record<string, unknown>,
    client: PageClient,
  ): Promise<RenderedPage> {
    const r = await this.load(token, client.ip);
    if (!r) return this.presenter.unknown(client.language);
    const answer = form.answer;
    if (answer !== 'accept' && answer !== 'decline') return this.presenter.noAnswer(r, token);
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
    const now = await this.needs.requestByTokenHash(sha256(token));
    return this.presenter.afterAnswer(now!, token, outcome);
  }
}
