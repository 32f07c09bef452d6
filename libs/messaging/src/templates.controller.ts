import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { Roles } from '#tutti/auth';
import { DomainError } from '#tutti/common';
import { currentTenant, TEMPLATE_VARIABLES, TenantDb } from '#tutti/tenancy';
import { render } from './templates.js';

const TYPES = ['request', 'reminder', 'confirmation', 'position_filled'];
const LANGUAGES = ['sv', 'en'];

export class TemplateDto {
  @ApiProperty() @IsString() @Length(1, 300) subject: string;
  @ApiProperty() @IsString() @Length(1, 20_000) body: string;
}

function check(type: string, language: string) {
  if (!TYPES.includes(type))
    throw new DomainError(
      'template/unknown-type',
      'invalid',
      `type must be one of ${TYPES.join(', ')}`,
      { field: 'type' },
    );
  if (!LANGUAGES.includes(language))
    throw new DomainError('template/unknown-language', 'invalid', 'language must be sv or en', {
      field: 'language',
    });
}

function unknownVariables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)]
    .map((m) => m[1]!)
    .filter((v) => !TEMPLATE_VARIABLES.includes(v));
}

/** The tenant's email templates: one per message type and language, with variables, previewable. */
@ApiTags('communication')
@ApiBearerAuth()
@Roles('admin', 'staff')
@Controller('api/email-templates')
export class TemplatesController {
  constructor(private readonly tenantDb: TenantDb) {}

  @Get()
  async list() {
    const db = await this.tenantDb.client();
    return {
      variables: TEMPLATE_VARIABLES,
      templates: await db.emailTemplate.findMany({
        orderBy: [{ type: 'asc' }, { language: 'asc' }],
      }),
    };
  }

  @Roles('admin')
  @Put(':type/:language')
  async save(
    @Param('type') type: string,
    @Param('language') language: string,
    @Body() dto: TemplateDto,
  ) {
    check(type, language);
    const unknown = unknownVariables(dto.subject + dto.body);
    if (unknown.length)
      throw new DomainError(
        'template/unknown-variable',
        'invalid',
        `Unknown variables: ${unknown.join(', ')}`,
        { field: 'body', allowed: TEMPLATE_VARIABLES },
      );
    const db = await this.tenantDb.client();
    return db.emailTemplate.upsert({
      where: { type_language: { type, language } },
      create: { type, language, ...dto, variables: TEMPLATE_VARIABLES },
      update: dto,
    });
  }

  /** Renders a template (the saved one, or the one in the body) with sample values. */
  @Post(':type/:language/preview')
  async preview(
    @Param('type') type: string,
    @Param('language') language: string,
    @Body() dto: Partial<TemplateDto>,
  ) {
    check(type, language);
    const db = await this.tenantDb.client();
    const saved = await db.emailTemplate.findUnique({
      where: { type_language: { type, language } },
    });
    const subject = dto.subject ?? saved?.subject ?? '';
    const body = dto.body ?? saved?.body ?? '';
    const tenant = currentTenant();
    const sample = {
      firstName: 'Astrid',
      lastName: 'Lindqvist',
      projectName: 'Vårkonsert',
      positionName: 'Violin, Tutti violin 2',
      startDate: language === 'sv' ? '8 mars 2027' : '8 March 2027',
      weekNumber: 10,
      rehearsalSchedule: 'Mån–tors 10–15',
      responseUrl: `https://${tenant.subdomain}.example/r/…`,
      deadline: language === 'sv' ? '1 mars 2027 12:00' : '1 Mar 2027, 12:00',
      orchestraName: tenant.name,
      shortCode: '4821',
    };
    return {
      subject: render(subject, sample),
      body: render(body, sample),
      unknownVariables: unknownVariables(subject + body),
    };
  }
}
