import { Injectable } from '@nestjs/common';

import { TenantDb } from '#tutti/tenancy';

import { DEFAULT_TEMPLATES, TEMPLATE_VARIABLES } from './template-catalog.js';

export interface TemplateText {
  subject: string;
  body: string;
}

/** The tenant's message templates, one per type and language. */
@Injectable()
export class TemplatesRepository {
  constructor(private readonly tenantDb: TenantDb) {}

  async all() {
    return (await this.tenantDb.client()).emailTemplate.findMany({
      orderBy: [{ type: 'asc' }, { language: 'asc' }],
    });
  }

  async find(type: string, language: string) {
    return (await this.tenantDb.client()).emailTemplate.findUnique({
      where: { type_language: { type, language } },
    });
  }

  /**
   * The template in `language`, else the tenant's Swedish one, else the built-in default (for
   * a message type added after the tenant was seeded).
   */
  async findWithFallback(type: string, language: string): Promise<TemplateText | null> {
    return (
      (await this.find(type, language)) ??
      (await this.find(type, 'sv')) ??
      DEFAULT_TEMPLATES.find((t) => t.type === type && t.language === language) ??
      null
    );
  }

  async save(type: string, language: string, text: TemplateText) {
    return (await this.tenantDb.client()).emailTemplate.upsert({
      where: { type_language: { type, language } },
      create: { type, language, ...text, variables: TEMPLATE_VARIABLES },
      update: text,
    });
  }
}
