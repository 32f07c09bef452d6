import { Inject, Injectable, Logger } from '@nestjs/common';

import { engagementEvents, icalFeed } from '#tutti/calendar';
import { APP_CONFIG, type AppConfig, Clock, SecretBox } from '#tutti/common';
import { currentTenant } from '#tutti/tenancy';

import { TOKEN_SLOT } from './message-queue.js';
import { MessagingRepository } from './messaging.repository.js';
import { ProviderCredentials, type TenantCredentials } from './provider-credentials.js';
import { ProviderGateway } from './provider-gateway.js';

export interface SendMessageCommand {
  logId: number;
  sealedToken: string | null;
  /** The last attempt pg-boss will make: a failure now marks the message failed. */
  finalAttempt: boolean;
}

type LogEntry = NonNullable<Awaited<ReturnType<MessagingRepository['log']>>>;

/**
 * The send job: delivers one logged message once, through the ensemble's provider, the
 * platform's, or (with neither) simulates it: the log is then the delivery, link included.
 * A retry after success does nothing; a failure is recorded and thrown for pg-boss to retry.
 */
@Injectable()
export class SendMessage {
  private readonly logger = new Logger('Messaging');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: MessagingRepository,
    private readonly credentials: ProviderCredentials,
    private readonly gateway: ProviderGateway,
    private readonly secrets: SecretBox,
    private readonly clock: Clock,
  ) {}

  async execute({ logId, sealedToken, finalAttempt }: SendMessageCommand): Promise<void> {
    const entry = await this.repo.log(logId);
    if (!entry || entry.status !== 'queued') return;
    const token = sealedToken ? this.secrets.decrypt(sealedToken) : null;
    // The link's token slot: `/r/…` (an answer link) or `#…` (a password-reset link).
    const body = token
      ? entry.body.replace(TOKEN_SLOT, (_, lead: string) => lead + token)
      : entry.body;
    const deliver = this.sender(await this.credentials.current(), entry, body);
    if (!deliver) {
      await this.repo.markSent(logId, {
        status: 'simulated',
        providerMessageId: null,
        body,
        at: this.clock.now(),
      });
      return;
    }
    try {
      const providerMessageId = await deliver();
      await this.repo.markSent(logId, { status: 'sent', providerMessageId, at: this.clock.now() });
    } catch (err) {
      const message = (err as Error).message;
      this.logger.warn(`Message ${logId} (${entry.channel}) not sent: ${message}`);
      await this.repo.markAttemptFailed(logId, message, finalAttempt);
      throw err;
    }
  }

  /** How to deliver the entry with the credentials there are; null when there are none. */
  private sender(
    creds: TenantCredentials,
    entry: LogEntry,
    body: string,
  ): (() => Promise<string>) | null {
    const o = creds.orchestra;
    if (entry.channel === 'sms') {
      const sms = creds.sms;
      return sms
        ? () => this.gateway.sendSms(sms, { from: sms.from, to: entry.recipient, body })
        : null;
    }
    const email = creds.email;
    if (!email) return null;
    const from = o.emailFromAddress
      ? `${o.emailFromName ?? o.name} <${o.emailFromAddress}>`
      : this.config.messaging.emailFrom;
    const timing =
      entry.type === 'request'
        ? 'on_request'
        : entry.type === 'confirmation'
          ? 'after_accept'
          : null;
    return async () => {
      const files =
        timing && entry.requestId ? await this.repo.attachmentsFor(entry.requestId, timing) : [];
      const invite =
        entry.type === 'confirmation' && entry.requestId
          ? await this.calendarInvite(entry.requestId)
          : null;
      if (invite) files.push(invite);
      return this.gateway.sendEmail(
        email,
        {
          from,
          to: entry.recipient,
          subject: entry.subject ?? '',
          text: body,
          replyTo: o.emailReplyTo,
          attachments: files.map((f) => ({
            filename: f.fileName,
            content: Buffer.from(f.content).toString('base64'),
          })),
        },
        `tutti-message-${currentTenant().id}-${entry.id}`,
      );
    };
  }

  /**
   * An accepted request's confirmation carries its dates as an `.ics` file (the project's
   * events, or its first day), so the musician adds them to a calendar in one tap.
   */
  private async calendarInvite(requestId: number) {
    const now = this.clock.now();
    const r = await this.repo.engagement(requestId, now);
    if (!r || r.status !== 'accepted') return null;
    const t = currentTenant();
    const ics = icalFeed(t.name, t.timeZone, `${t.subdomain}.tutti`, engagementEvents(r), now);
    return { fileName: 'tutti.ics', content: new TextEncoder().encode(ics) };
  }
}
