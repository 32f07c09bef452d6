import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { RequiresPermission } from '#tutti/auth';

import {
  TemplateDto,
  TemplateListView,
  TemplatePreviewDto,
  TemplatePreviewView,
  TemplateView,
} from './dto/templates.dto.js';
import { TemplatesService } from './templates.service.js';

@ApiTags('communication')
@ApiBearerAuth()
@RequiresPermission('messaging.read')
@Controller('api/email-templates')
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @ApiOperation({
    summary: 'Message templates per type and language, and the variables they may use',
  })
  @ApiOkResponse({ type: TemplateListView })
  @Get()
  list() {
    return this.templates.list();
  }

  @ApiOperation({ summary: 'Save a template' })
  @ApiOkResponse({ type: TemplateView })
  @RequiresPermission('messaging.settings')
  @Put(':type/:language')
  save(@Param('type') type: string, @Param('language') lang: string, @Body() dto: TemplateDto) {
    return this.templates.save(type, lang, dto);
  }

  @ApiOperation({ summary: 'Render a template with sample values' })
  @ApiOkResponse({ type: TemplatePreviewView })
  @Post(':type/:language/preview')
  @HttpCode(200)
  preview(
    @Param('type') type: string,
    @Param('language') lang: string,
    @Body() dto: TemplatePreviewDto,
  ) {
    return this.templates.preview(type, lang, dto);
  }
}
