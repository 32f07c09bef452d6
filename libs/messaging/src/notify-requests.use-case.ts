import { Injectable } from '@nestjs/common';

import { languageOf, positionLabel } from '#tutti/common';
import type { OrchestraRecord } from '#tutti/control-plane';
import { currentTenant, TenantUrls } from '#tutti/tenancy';

import { MessageQueue, type OutgoingMessage, REDACTED, TOKEN_MARK } from './message-queue.js';
import { MessagingRepository } from './messaging.repository.js';
import { ProviderCredentials } from './provider-credentials.js';
import { formatDate, formatDateTime, type MessageType, render, SMS_TEXTS } from './templates.js';
import { TemplatesRepository, type TemplateText } from './templates.repository.js';

export interface NotifyRequestsCommand {
  type: MessageType;
  requestIds: number[];
  /** Answer-link tokens by request id, for the messages that carry a link. */
  tokens?: Map<number, string>;
}

const smsToggle: Partial<Record<MessageType, keyof OrchestraRecord>> = {
  request: 'smsOnRequest',
  reminder: 'smsOnReminder',
  confirmation: 'smsOnConfirmation',
  position_filled: 'smsOnPositionFilled',
  request_withdrawn: 'smsOnPositionFilled',
};

/**
 * A message of one type to the musician of each request: rendered from the tenant's templates
 * in the musician's language, by email and (where the ensemble's toggle says so, and the
 * musician has not opted out) by SMS, then queued for sending.
 */
@Injectable()
export class NotifyRequests {
  constructor(
    private readonly repo: MessagingRepository,
    private readonly templates: TemplatesRepository,
    private readonly credentials: ProviderCredentials,
    private readonly queue: MessageQueue,
    private readonly urls: TenantUrls,
  ) {}

  async execute({ type, requestIds, tokens = new Map() }: NotifyRequestsCommand): Promise<void> {
    if (requestIds.length === 0) return;
    const tenant = currentTenant();
    const { orchestra } = await this.credentials.current();
    const templates = new Map<string, TemplateText | null>();
    const batch: OutgoingMessage[] = [];
    for (const r of await this.repo.requestContexts(requestIds)) {
      const lang = languageOf(r.musician.preferredLanguage);
      const token = tokens.get(r.id) ?? null;
      const vars = {
        firstName: r.musician.firstName,
        lastName: r.musician.lastName,
        projectName: r.need.project.name,
        positionName: positionLabel(r.need.position),
        startDate: formatDate(r.need.project.startDate, lang),
        weekNumber: r.need.project.weekNumber,
        rehearsalSchedule: r.need.project.rehearsalSchedule ?? '',
        deadline: formatDateTime(r.deadlineAt, lang),
        orchestraName: orchestra.name,
        shortCode: r.shortCode,
        responseUrl: `${this.urls.tenant(tenant.subdomain)}/r/${token ? TOKEN_MARK : REDACTED}`,
      };
      if (!templates.has(lang))
        templates.set(lang, await this.templates.findWithFallback(type, lang));
      const template = templates.get(lang);
      if (template && r.musician.email) {
        batch.push({
          token,
          entry: {
            requestId: r.id,
            type,
            channel: 'email',
            recipient: r.musician.email,
            subject: render(template.subject, vars),
            body: render(template.body, vars),
          },
        });
      }
      const toggle = smsToggle[type];
      if (toggle && orchestra[toggle] && r.musician.phone && !r.musician.smsOptedOut) {
        batch.push({
          token,
          entry: {
            requestId: r.id,
            type,
            channel: 'sms',
            recipient: r.musician.phone,
            subject: null,
            body: render(SMS_TEXTS[type][lang], vars),
          },
        });
      }
    }
    await this.queue.enqueue(batch);
  }
}
