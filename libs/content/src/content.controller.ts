import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiExcludeEndpoint,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';

import { Public, RequiresPermission } from '#tutti/auth';
import { CursorQuery, ParseIdPipe } from '#tutti/common';
import { HtmlPage, sendHtml, visitor } from '#tutti/events';

import { AnnouncementsService } from './announcements.service.js';
import {
  CreateAnnouncementDto,
  CreatePageDto,
  ListContentQuery,
  PublishPageDto,
  UpdatePageDto,
} from './dto/content.dto.js';
import {
  AnnouncementDetailView,
  AnnouncementPage,
  PageDetailView,
  PageListPage,
} from './dto/content.views.js';
import { MemberInboxSection } from './member-inbox.section.js';
import { PagesService } from './pages.service.js';
import { PublicContentService } from './public-content.service.js';

@ApiTags('content')
@ApiBearerAuth()
@RequiresPermission('pages.write')
@Controller('api/pages')
export class PagesController {
  constructor(private readonly pages: PagesService) {}

  @ApiOperation({ summary: 'Pages of the public site' })
  @ApiOkResponse({ type: PageListPage })
  @Get()
  list(@Query() q: ListContentQuery) {
    return this.pages.list(q);
  }

  @ApiOperation({ summary: 'Write a page (a draft; the body is sanitised)' })
  @ApiCreatedResponse({ type: PageDetailView })
  @Post()
  create(@Body() dto: CreatePageDto) {
    return this.pages.create(dto);
  }

  @ApiOperation({ summary: 'A page and its versions' })
  @ApiOkResponse({ type: PageDetailView })
  @Get(':pageId')
  get(@Param('pageId') pageId: string) {
    return this.pages.get(pageId);
  }

  @ApiOperation({ summary: 'Save a change: a new version' })
  @ApiOkResponse({ type: PageDetailView })
  @Patch(':pageId')
  update(@Param('pageId') pageId: string, @Body() dto: UpdatePageDto) {
    return this.pages.update(pageId, dto);
  }

  @ApiOperation({ summary: 'Publish now, or at publishAt (scheduled)' })
  @ApiOkResponse({ type: PageDetailView })
  @Post(':pageId/publish')
  @HttpCode(200)
  publish(@Param('pageId') pageId: string, @Body() dto: PublishPageDto) {
    return this.pages.publish(pageId, dto);
  }

  @ApiOperation({ summary: 'Take off the site, back to a draft' })
  @ApiOkResponse({ type: PageDetailView })
  @Post(':pageId/unpublish')
  @HttpCode(200)
  unpublish(@Param('pageId') pageId: string) {
    return this.pages.unpublish(pageId);
  }

  @ApiOperation({ summary: 'Archive (off the site, kept)' })
  @ApiOkResponse({ type: PageDetailView })
  @Post(':pageId/archive')
  @HttpCode(200)
  archive(@Param('pageId') pageId: string) {
    return this.pages.archive(pageId);
  }

  @ApiOperation({ summary: 'Restore a version (saved as the newest)' })
  @ApiOkResponse({ type: PageDetailView })
  @Post(':pageId/versions/:version/restore')
  @HttpCode(200)
  restore(@Param('pageId') pageId: string, @Param('version', ParseIdPipe) version: number) {
    return this.pages.restore(pageId, version);
  }
}

@ApiTags('content')
@ApiBearerAuth()
@RequiresPermission('announcements.send')
@Controller('api/announcements')
export class AnnouncementsController {
  constructor(private readonly announcements: AnnouncementsService) {}

  @ApiOperation({ summary: 'Announcements, newest first, with read counts' })
  @ApiOkResponse({ type: AnnouncementPage })
  @Get()
  list(@Query() q: CursorQuery) {
    return this.announcements.list(q);
  }

  @ApiOperation({ summary: 'Write an announcement to everyone, sections or statuses' })
  @ApiCreatedResponse({ type: AnnouncementDetailView })
  @Post()
  create(@Body() dto: CreateAnnouncementDto) {
    return this.announcements.create(dto);
  }

  @ApiOperation({ summary: 'An announcement with its read receipts' })
  @ApiOkResponse({ type: AnnouncementDetailView })
  @Get(':id')
  get(@Param('id') id: string) {
    return this.announcements.get(id);
  }

  @ApiOperation({ summary: 'Publish a draft: it reaches its members (urgent: email and SMS too)' })
  @ApiOkResponse({ type: AnnouncementDetailView })
  @Post(':id/publish')
  @HttpCode(200)
  publish(@Param('id') id: string) {
    return this.announcements.publish(id);
  }

  @ApiOperation({ summary: 'Archive: gone from inboxes, receipts kept' })
  @ApiOkResponse({ type: AnnouncementDetailView })
  @Post(':id/archive')
  @HttpCode(200)
  archive(@Param('id') id: string) {
    return this.announcements.archive(id);
  }

  @ApiOperation({ summary: 'Delete a draft' })
  @ApiNoContentResponse()
  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id') id: string) {
    return this.announcements.deleteDraft(id);
  }
}

/** The public site's pages, and a member marking an announcement read from their page. */
@Controller()
export class PublicContentController {
  constructor(
    private readonly pages: PublicContentService,
    private readonly inbox: MemberInboxSection,
  ) {}

  @ApiExcludeEndpoint()
  @Public()
  @Get('public/pages/:slug')
  @HtmlPage('no-cache')
  async page(
    @Param('slug') slug: string,
    @Query('lang') lang: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    sendHtml(res, await this.pages.page(slug, visitor(req, lang)));
  }

  @ApiExcludeEndpoint()
  @Public()
  @Post('m/:token/announcements/:id/read')
  @HtmlPage('no-store', true)
  async read(
    @Param('token') token: string,
    @Param('id') id: string,
    @Body() body: { lang?: unknown } | undefined,
    @Res() res: Response,
  ) {
    res.redirect(303, await this.inbox.markRead(token, id, body?.lang));
  }
}
