import { Body, Controller, Get, Header, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';

import { Public } from '#tutti/auth';

import type { RenderedPage } from './answer-page.presenter.js';
import { AnswerPageService, type PageClient } from './answer-page.service.js';

/** Inline styles only, an https logo, a form posting to itself, never inside a frame. */
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https:; form-action 'self'; " +
  "frame-ancestors 'none'; base-uri 'none'";

const client = (req: Request): PageClient => ({
  ip: req.ip ?? 'unknown',
  language: req.headers['accept-language'],
});

const send = (res: Response, page: RenderedPage) =>
  res.status(page.status).type('html').send(page.html);

/** The musician's answer page, on the orchestra's own subdomain: no account, no JavaScript. */
@ApiExcludeController()
@Public()
@Controller('r')
export class ResponsesController {
  constructor(private readonly page: AnswerPageService) {}

  @Get(':token')
  @Header('Cache-Control', 'no-store')
  @Header('Referrer-Policy', 'no-referrer')
  @Header('Content-Security-Policy', CSP)
  async show(@Param('token') token: string, @Req() req: Request, @Res() res: Response) {
    send(res, await this.page.show(token, client(req)));
  }

  @Post(':token')
  @Header('Cache-Control', 'no-store')
  @Header('Referrer-Policy', 'no-referrer')
  @Header('Content-Security-Policy', CSP)
  async answer(
    @Param('token') token: string,
    @Body() body: Record<string, unknown> | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    send(res, await this.page.answer(token, body ?? {}, client(req)));
  }
}
