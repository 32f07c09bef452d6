import { Injectable } from '@nestjs/common';

import { currentTenant } from '#tutti/tenancy';

import type { TemplateDto, TemplatePreviewDto } from './dto/templates.dto.js';
import {
  unknownTemplateLanguage,
  unknownTemplateType,
  unknownTemplateVariables,
} from './messaging.errors.js';
import { TEMPLATE_VARIABLES } from './template-catalog.js';
import { render } from './templates.js';
import { TemplatesRepository } from './templates.repository.js';

const TYPES = [
  'request',
  'reminder',
  'confirmation',
  'position_filled',
  'request_withdrawn',
] as const;
const LANGUAGES = ['sv', 'en'];

function check(type: string, language: string) {
  if (!(TYPES as readonly string[]).includes(type)) throw unknownTemplateType(TYPES);
  if (!LANGUAGES.includes(language)) throw unknownTemplateLanguage();
}

function unknownVariables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)]
    .map((m) => m[1])
    .filter((v) => !TEMPLATE_VARIABLES.includes(v));
}

/** The tenant's email templates: one per message type and language, with variables, previewable. */
@Injectable()
export class TemplatesService {
  constructor(private readonly repo: TemplatesRepository) {}

  async list() {
    return { variables: TEMPLATE_VARIABLES, templates: await this.repo.all() };
  }

  async save(type: string, language: string, dto: TemplateDto) {
    check(type, language);
    const unknown = unknownVariables(dto.subject + dto.body);
    if (unknown.length) throw unknownTemplateVariables(unknown);
    return this.repo.save(type, language, { subject: dto.subject, body: dto.body });
  }

  /** Renders a template (the one given, or the saved one) with sample values. */
  async preview(type: string, language: string, dto: TemplatePreviewDto) {
    check(type, language);
    const saved = await this.repo.find(type, language);
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
