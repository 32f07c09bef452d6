import { Body, Controller, Get, Header, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '#tutti/auth';
import { Clock, sha256 } from '#tutti/common';
import { currentTenant } from '#tutti/tenancy';
import { DispatchRepository } from './dispatch.repository.js';
import { DispatchService } from './dispatch.service.js';
import { noticePage, type PageText, requestPage } from './response-page.js';

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;
const tz = 'Europe/Stockholm';

/**
 * The page a musician opens from an SMS or email, on the orchestra's own subdomain. Opening it
 * (GET) never answers — link previewers and scanners open links too; answering is an explicit
 * POST of the form. No account, no JavaScript.
 */
@ApiExcludeController()
@Public()
@Controller('r')
export class ResponsesController {
  constructor(
    private readonly repo: DispatchRepository,
    private readonly dispatch: DispatchService,
    private readonly clock: Clock,
  ) {}

  private async load(token: string) {
    if (!TOKEN.test(token)) return null;
    return this.repo.requestDetails({ tokenHash: sha256(token) });
  }

  private page(
    r: NonNullable<Awaited<ReturnType<ResponsesController['load']>>>,
    token: string,
    notice?: PageText,
  ) {
    const lang = r.musician.preferredLanguage === 'en' ? 'en' : 'sv';
    const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
    const open =
      r.status === 'pending' && r.deadlineAt > this.clock.now() && r.need.status === 'active';
    return requestPage(
      currentTenant(),
      lang,
      {
        token,
        status: r.status,
        musicianFirstName: r.musician.firstName,
        projectName: r.need.project.name,
        positionName: `${r.need.position.instrument.name}, ${r.need.position.name}`,
        startDate: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: tz }).format(
          r.need.project.startDate,
        ),
        weekNumber: r.need.project.weekNumber,
        rehearsalSchedule: r.need.project.rehearsalSchedule,
        concertInfo: r.need.project.concertInfo,
        deadline: new Intl.DateTimeFormat(locale, {
          dateStyle: 'medium',
          timeStyle: 'short',
          timeZone: tz,
        }).format(r.deadlineAt),
        open,
      },
      notice ?? this.stateNotice(r.status, open, r.deadlineAt <= this.clock.now(), r.need.status),
    );
  }

  private stateNotice(
    status: string,
    open: boolean,
    expired: boolean,
    needStatus: string,
  ): PageText | undefined {
    if (open) return undefined;
    if (status === 'accepted') return 'answeredAccepted';
    if (status === 'declined') return 'answeredDeclined';
    if (status === 'timeout' || (status === 'pending' && expired)) return 'expired';
    if (status === 'cancelled' && needStatus === 'completed') return 'full';
    if (needStatus === 'paused') return 'paused';
    return 'closed';
  }

  private unknownLink(res: Response) {
    res
      .status(404)
      .type('html')
      .send(noticePage(currentTenant(), 'sv', 'unknown'));
  }

  @Get(':token')
  @Header('Cache-Control', 'no-store')
  @Header('Referrer-Policy', 'no-referrer')
  async show(@Param('token') token: string, @Res() res: Response) {
    const r = await this.load(token);
    if (!r) return this.unknownLink(res);
    res.type('html').send(this.page(r, token));
  }

  @Post(':token')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async answer(
    @Param('token') token: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ) {
    const r = await this.load(token);
    if (!r) return this.unknownLink(res);
    const answer = body.answer;
    if (answer !== 'accept' && answer !== 'decline')
      return res.status(400).type('html').send(this.page(r, token));
    const message =
      typeof body.message === 'string' && body.message.trim()
        ? body.message.trim().slice(0, 1000)
        : null;
    const outcome = await this.dispatch.answer(r.id, answer === 'accept', message, false);
    const notice: Record<typeof outcome.kind, PageText> = {
      accepted: 'accepted',
      declined: 'declined',
      'already-answered': 'closed',
      expired: 'expired',
      'need-closed': 'paused',
      full: 'full',
    };
    const fresh = (await this.load(token))!;
    const status = outcome.kind === 'accepted' || outcome.kind === 'declined' ? 200 : 409;
    let text = notice[outcome.kind];
    if (outcome.kind === 'already-answered')
      text =
        this.stateNotice(
          fresh.status,
          false,
          fresh.deadlineAt <= this.clock.now(),
          fresh.need.status,
        ) ?? 'closed';
    if (outcome.kind === 'need-closed' && outcome.needStatus !== 'paused')
      text = outcome.needStatus === 'completed' ? 'full' : 'closed';
    res
      .status(status)
      .type('html')
      .send(this.page(fresh, token, text));
  }
}
