import { Body, Controller, Get, Header, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';

import { Public } from '#tutti/auth';

import type { RenderedPage } from './answer-page.presenter.js';
import { AnswerPageService } from './answer-page.service.js';

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
  async show(@Param('token') token: string, @Res() res: Response) {
    send(res, await this.page.show(token));
  }

  @Post(':token')
  @Header('Cache-Control', 'no-store')
  @Header('Referrer-Policy', 'no-referrer')
  async answer(
    @Param('token') token: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ) {
    send(res, await this.page.answer(token, body ?? {}));
  }
}
