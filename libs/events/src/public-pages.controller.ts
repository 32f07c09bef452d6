import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';

import { Public } from '#tutti/auth';

import { HtmlPage, send, visitor } from './html-response.js';
import { PublicPagesService } from './public-pages.service.js';

/** The ensemble's public pages: server-rendered, readable without JavaScript, sv/en. */
@ApiExcludeController()
@Public()
@Controller()
export class PublicPagesController {
  constructor(private readonly pages: PublicPagesService) {}

  @Get('public')
  @HtmlPage('no-cache')
  async list(@Query('lang') lang: unknown, @Req() req: Request, @Res() res: Response) {
    send(res, await this.pages.list(visitor(req, lang)));
  }

  @Get('public/events/:slug')
  @HtmlPage('no-cache')
  async event(
    @Param('slug') slug: string,
    @Query('lang') lang: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    send(res, await this.pages.event(slug, visitor(req, lang)));
  }

  @Post('public/events/:slug/waitlist')
  @HtmlPage('no-store')
  async join(
    @Param('slug') slug: string,
    @Body() body: Record<string, unknown> | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    send(res, await this.pages.join(slug, body ?? {}, visitor(req, undefined)));
  }

  @Get('w/:token')
  @HtmlPage('no-store', true)
  async link(
    @Param('token') token: string,
    @Query('lang') lang: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    send(res, await this.pages.link(token, visitor(req, lang)));
  }

  @Post('w/:token')
  @HtmlPage('no-store', true)
  async act(
    @Param('token') token: string,
    @Body() body: Record<string, unknown> | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    send(res, await this.pages.act(token, body ?? {}, visitor(req, undefined)));
  }
}
