import { Body, Controller, Get, Header, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';

import { Public } from '#tutti/auth';

import { CSP, send, visitor } from './html-response.js';
import { PublicPagesService } from './public-pages.service.js';

/** The ensemble's public pages: server-rendered, readable without JavaScript, sv/en. */
@ApiExcludeController()
@Public()
@Controller()
export class PublicPagesController {
  constructor(private readonly pages: PublicPagesService) {}

  @Get('public')
  @Header('Content-Security-Policy', CSP)
  @Header('Cache-Control', 'no-cache')
  async list(@Query('lang') lang: unknown, @Req() req: Request, @Res() res: Response) {
    send(res, await this.pages.list(visitor(req, lang)));
  }

  @Get('public/events/:slug')
  @Header('Content-Security-Policy', CSP)
  @Header('Cache-Control', 'no-cache')
  async event(
    @Param('slug') slug: string,
    @Query('lang') lang: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    send(res, await this.pages.event(slug, visitor(req, lang)));
  }

  @Post('public/events/:slug/waitlist')
  @Header('Content-Security-Policy', CSP)
  @Header('Cache-Control', 'no-store')
  async join(
    @Param('slug') slug: string,
    @Body() body: Record<string, unknown> | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    send(res, await this.pages.join(slug, body ?? {}, visitor(req, undefined)));
  }

  @Get('w/:token')
  @Header('Content-Security-Policy', CSP)
  @Header('Cache-Control', 'no-store')
  @Header('Referrer-Policy', 'no-referrer')
  async link(
    @Param('token') token: string,
    @Query('lang') lang: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    send(res, await this.pages.link(token, visitor(req, lang)));
  }

  @Post('w/:token')
  @Header('Content-Security-Policy', CSP)
  @Header('Cache-Control', 'no-store')
  @Header('Referrer-Policy', 'no-referrer')
  async act(
    @Param('token') token: string,
    @Body() body: Record<string, unknown> | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    send(res, await this.pages.act(token, body ?? {}, visitor(req, undefined)));
  }
}
