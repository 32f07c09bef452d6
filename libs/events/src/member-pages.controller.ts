import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
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
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';

import { Public, RequiresPermission } from '#tutti/auth';

import { HtmlPage, send, visitor } from './html-response.js';
import { MemberPagesService } from './member-pages.service.js';

export class MemberLinkView {
  @ApiProperty({ description: "The member's own page; shown once, revocable" }) url: string;
}

/** A member's own page (no sign-in, a secret link): coming events and absence notices. */
@ApiTags('attendance')
@Controller()
export class MemberPagesController {
  constructor(private readonly pages: MemberPagesService) {}

  @ApiExcludeEndpoint()
  @Public()
  @Get('m/:token')
  @HtmlPage('no-store', true)
  async show(
    @Param('token') token: string,
    @Query('lang') lang: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    send(res, await this.pages.show(token, visitor(req, lang)));
  }

  @ApiExcludeEndpoint()
  @Public()
  @Post('m/:token')
  @HtmlPage('no-store', true)
  async act(
    @Param('token') token: string,
    @Body() body: Record<string, unknown> | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    send(res, await this.pages.act(token, body ?? {}, visitor(req, undefined)));
  }

  @ApiOperation({ summary: "A new link to a member's own page (the old one stops)" })
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: MemberLinkView })
  @RequiresPermission('musicians.write')
  @Post('api/musicians/:id/member-link')
  issue(@Param('id') id: string) {
    return this.pages.issue(id);
  }

  @ApiOperation({ summary: "Revoke a member's own page link" })
  @ApiBearerAuth()
  @ApiNoContentResponse()
  @HttpCode(204)
  @RequiresPermission('musicians.write')
  @Delete('api/musicians/:id/member-link')
  revoke(@Param('id') id: string) {
    return this.pages.revoke(id);
  }
}
