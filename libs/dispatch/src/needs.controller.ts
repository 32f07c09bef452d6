import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import { RequiresPermission } from '#tutti/auth';
import { PageQuery } from '#tutti/common';
import type { UploadedPart } from '#tutti/storage';

import {
  AdminAnswerDto,
  CompleteNeedDto,
  RaiseQuantityDto,
  UploadNeedFileDto,
} from './dto/needs.dto.js';
import {
  AnswerOutcomeView,
  NeedFilePage,
  NeedFileView,
  NeedPreviewView,
  NeedQuantityView,
  NeedStateView,
} from './dto/needs.views.js';
import { NeedsService, UPLOAD_LIMITS } from './needs.service.js';

@ApiTags('needs')
@ApiBearerAuth()
@RequiresPermission('needs.start')
@Controller('api')
export class NeedsController {
  constructor(private readonly needs: NeedsService) {}

  @ApiOperation({ summary: 'Who would be asked now, in order, and who is skipped and why' })
  @ApiOkResponse({ type: NeedPreviewView })
  /** Who would be asked now, in order, and who is skipped and why. */
  @RequiresPermission('projects.read')
  @Get('needs/:id/preview')
  preview(@Param('id') id: string) {
    return this.needs.preview(id);
  }

  @ApiOperation({ summary: 'Start asking musicians' })
  @ApiAcceptedResponse({ type: NeedStateView })
  @Post('needs/:id/start')
  @HttpCode(202)
  start(@Param('id') id: string) {
    return this.needs.start(id);
  }

  @ApiOperation({ summary: 'Pause: nobody new is asked; answers still count' })
  @ApiOkResponse({ type: NeedStateView })
  @Post('needs/:id/pause')
  @HttpCode(200)
  pause(@Param('id') id: string) {
    return this.needs.pause(id);
  }

  @ApiOperation({ summary: 'Resume a paused or exhausted need' })
  @ApiAcceptedResponse({ type: NeedStateView })
  @Post('needs/:id/resume')
  @HttpCode(202)
  resume(@Param('id') id: string) {
    return this.needs.resume(id);
  }

  @ApiOperation({ summary: 'Cancel: open requests are withdrawn' })
  @ApiOkResponse({ type: NeedStateView })
  @Post('needs/:id/cancel')
  @HttpCode(200)
  cancel(@Param('id') id: string) {
    return this.needs.close(id, 'cancelled');
  }

  @ApiOperation({ summary: 'Complete (confirm when places are still open)' })
  @ApiOkResponse({ type: NeedStateView })
  @Post('needs/:id/complete')
  @HttpCode(200)
  complete(@Param('id') id: string, @Body() dto: CompleteNeedDto) {
    return this.needs.close(id, 'completed', dto.confirmUnfilled);
  }

  @ApiOperation({ summary: 'Raise the number of places' })
  @ApiAcceptedResponse({ type: NeedQuantityView })
  @RequiresPermission('projects.write')
  @Patch('needs/:id')
  @HttpCode(202)
  raise(@Param('id') id: string, @Body() dto: RaiseQuantityDto) {
    return this.needs.raise(id, dto.quantity);
  }

  @ApiOperation({ summary: 'Attach a file: sent with the request or after accepting' })
  @ApiCreatedResponse({ type: NeedFileView })
  @RequiresPermission('projects.write')
  @Post('needs/:id/files')
  @ApiConsumes('multipart/form-data', 'application/json')
  @UseInterceptors(FileInterceptor('file', { limits: UPLOAD_LIMITS }))
  upload(
    @Param('id') id: string,
    @UploadedFile() file: UploadedPart | undefined,
    @Body() dto: UploadNeedFileDto,
  ) {
    return this.needs.addFile(id, dto, file);
  }

  @ApiOperation({ summary: "A need's files" })
  @ApiOkResponse({ type: NeedFilePage })
  @RequiresPermission('projects.read')
  @Get('needs/:id/files')
  files(@Param('id') id: string, @Query() q: PageQuery) {
    return this.needs.files(id, q);
  }

  @ApiOperation({ summary: 'Record an answer taken by phone' })
  @ApiOkResponse({ type: AnswerOutcomeView })
  /** An answer taken by phone, recorded on the musician's behalf and marked so. */
  @Post('requests/:id/answer')
  @HttpCode(200)
  answer(@Param('id') id: string, @Body() dto: AdminAnswerDto) {
    return this.needs.answerFor(id, dto);
  }
}
