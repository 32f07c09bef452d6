import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

import { Roles } from '#tutti/auth';

import { TemplateDto, TemplatePreviewDto } from './dto/templates.dto.js';
import { TemplatesService } from './templates.service.js';

@ApiTags('communication')
@ApiBearerAuth()
@Roles('admin', 'staff')
@Controller('api/email-templates')
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @Get()
  list() {
    return this.templates.list();
  }

  @Roles('admin')
  @Put(':type/:language')
  save(@Param('type') type: string, @Param('language') lang: string, @Body() dto: TemplateDto) {
    return this.templates.save(type, lang, dto);
  }

  @Post(':type/:language/preview')
  preview(
    @Param('type') type: string,
    @Param('language') lang: string,
    @Body() dto: TemplatePreviewDto,
  ) {
    return this.templates.preview(type, lang, dto);
  }
}
