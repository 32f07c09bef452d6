import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, Clock, SecretBox } from '#tutti/common';
import { OrchestrasRepository, type OrchestraRecord } from '#tutti/control-plane';
import { JobsService } from '#tutti/jobs';
import { currentTenant, TenantJobRunner, TenantUrls } from '#tutti/tenancy';
import { MessagingRepository, type NewLogEntry } from './messaging.repository.js';

type LogEntry = NonNullable<Awaited<ReturnType<MessagingRepository['log']>>>;
import { ProviderGateway } from './provider-gateway.js';
import {
  EXHAUSTED_EMAIL,
  formatDate,
  formatDateTime,
  type Language,
  type MessageType,
  render,
  SMS_TEXTS,
} from './templates.js';

export const SEND_MESSAGE_JOB = 'message.send';
const TOKEN_MARK = '\u0000TOKEN\u0000';
const REDACTED = '…';
const SEND_RETRIES = 5;

interface SendJob {
  orchestraId: string;
  logId: number;
  /** The answer link's token, encrypted: it exists nowhere else in clear. */
  sealedToken: string | null;
}

const smsToggle: Partial<Record<MessageType, keyof OrchestraRecord>> = {
  request: 'smsOnRequest',
  reminder: 'smsOnReminder',
  confirmation: 'smsOnConfirmation',
  position_filled: 'smsOnPositionFilled',
};

/**
 * Every message to a musician or an admin: rendered from the tenant's templates in the
 * recipient's language, recorded in the communication log as queued, and sent by a job with
 * retries through the orchestra's own Resend/Twilio credentials, the platform's, or — with
 * neither — simulated (recorded, not sent), so the demo works offline.
 */
@Injectable()
export class MessagingService implements OnModuleInit {
  private readonly logger = new Logger('Messaging');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: MessagingRepository,
    private readonly orchestras: OrchestrasRepository,
    private readonly jobs: JobsService,
    private readonly runner: TenantJobRunner,
    private readonly gateway: ProviderGateway,
    private readonly secrets: SecretBox,
    private readonly urls: TenantUrls,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.define<SendJob>({
      name: SEND_MESSAGE_JOB,
      retryLimit: SEND_RETRIES,
      retryDelaySeconds: this.config.messaging.retryDelaySeconds,
      concurrency: 4,
      handler: async (data, job) => {
        await this.runner.run(data.orchestraId, () =>
          this.send(data.logId, data.sealedToken, job.retryCount >= SEND_RETRIES),
        );
      },
    });
  }

  /** Queues a message of `type` to each request's musician; `tokens` carries answer-link tokens. */
  async notifyRequests(
    type: MessageType,
    requestIds: number[],
    tokens: Map<number, string> = new Map(),
  ): Promise<void> {
    if (requestIds.length === 0) return;
    const tenant = currentTenant();
    const orchestra = await this.orchestras.findById(tenant.id);
    if (!orchestra) return;
    const templates = new Map<string, Awaited<ReturnType<MessagingRepository['template']>>>();
    const batch: Array<{ entry: NewLogEntry; token: string | null }> = [];
    for (const r of await this.repo.requestContexts(requestIds)) {
      const lang: Language = r.musician.preferredLanguage === 'en' ? 'en' : 'sv';
      const token = tokens.get(r.id) ?? null;
      const vars = {
        firstName: r.musician.firstName,
        lastName: r.musician.lastName,
        projectName: r.need.project.name,
        positionName: `${r.need.position.instrument.name}, ${r.need.position.name}`,
        startDate: formatDate(r.need.project.startDate, lang),
        weekNumber: r.need.project.weekNumber,
        rehearsalSchedule: r.need.project.rehearsalSchedule ?? '',
        deadline: formatDateTime(r.deadlineAt, lang),
        orchestraName: orchestra.name,
        shortCode: r.shortCode,
        responseUrl: `${this.urls.tenant(tenant.subdomain)}/r/${token ? TOKEN_MARK : REDACTED}`,
      };
      if (!templates.has(lang)) templates.set(lang, await this.repo.template(type, lang));
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
    await this.enqueueBatch(tenant.id, batch);
  }

  /**
   * One email (and, with smsOnGroupEmail, one SMS) to every musician booked in a project,
   * personalised with {{firstName}} and the like; recorded in the group email log.
   */
  async sendGroupEmail(projectId: number, subject: string, body: string): Promise<number> {
    const tenant = currentTenant();
    const orchestra = (await this.orchestras.findById(tenant.id))!;
    const booked = await this.repo.acceptedInProject(projectId);
    for (const r of booked) {
      const vars = {
        firstName: r.musician.firstName,
        lastName: r.musician.lastName,
        projectName: r.need.project.name,
        orchestraName: orchestra.name,
      };
      const entries: NewLogEntry[] = [
        {
          requestId: r.id,
          type: 'group_email',
          channel: 'email',
          recipient: r.musician.email,
          subject: render(subject, vars),
          body: render(body, vars),
        },
      ];
      if (orchestra.smsOnGroupEmail && r.musician.phone && !r.musician.smsOptedOut) {
        entries.push({
          requestId: r.id,
          type: 'group_email',
          channel: 'sms',
          recipient: r.musician.phone,
          subject: null,
          body: `${orchestra.name}: ${render(subject, vars)} (${r.musician.email})`,
        });
      }
      await this.enqueue(tenant.id, entries, null);
    }
    await this.repo.recordGroupEmail(
      projectId,
      subject,
      body,
      booked.map((r) => r.musician.email),
    );
    return booked.length;
  }

  /** Tells the orchestra's contact that a need's ranking list ran out. */
  async notifyListExhausted(needId: number): Promise<void> {
    const tenant = currentTenant();
    const orchestra = await this.orchestras.findById(tenant.id);
    const need = await this.repo.needContext(needId);
    if (!orchestra || !need) return;
    const lang: Language = orchestra.locale === 'en' ? 'en' : 'sv';
    const accepted = need.requests.filter((r) => r.status === 'accepted').length;
    const vars = {
      projectName: need.project.name,
      positionName: `${need.position.instrument.name}, ${need.position.name}`,
      open: need.quantity - accepted,
    };
    const t = EXHAUSTED_EMAIL[lang];
    await this.enqueue(
      tenant.id,
      [
        {
          requestId: null,
          type: 'list_exhausted',
          channel: 'email',
          recipient: orchestra.contactEmail,
          subject: render(t.subject, vars),
          body: render(t.body, vars),
        },
      ],
      null,
    );
  }

  private enqueue(
    orchestraId: string,
    entries: NewLogEntry[],
    token: string | null,
  ): Promise<void> {
    return this.enqueueBatch(
      orchestraId,
      entries.map((entry) => ({ entry, token })),
    );
  }

  /** Logs every message as queued, then queues one send job each: two round trips in all. */
  private async enqueueBatch(
    orchestraId: string,
    batch: Array<{ entry: NewLogEntry; token: string | null }>,
  ): Promise<void> {
    if (batch.length === 0) return;
    // The stored body never holds the token; the job puts it in when sending.
    const ids = await this.repo.createLogs(
      batch.map(({ entry }) => ({ ...entry, body: entry.body.replaceAll(TOKEN_MARK, REDACTED) })),
    );
    await this.jobs.sendMany<SendJob>(
      SEND_MESSAGE_JOB,
      ids.map((logId, i) => ({
        data: {
          orchestraId,
          logId,
          sealedToken: batch[i]!.token ? this.secrets.encrypt(batch[i]!.token!) : null,
        },
      })),
    );
  }

  /** The job: sends one logged message once; a retry after success does nothing. */
  async send(logId: number, sealedToken: string | null, finalAttempt: boolean): Promise<void> {
    const entry = await this.repo.log(logId);
    if (!entry || entry.status !== 'queued') return;
    const orchestra = (await this.orchestras.findById(currentTenant().id))!;
    const token = sealedToken ? this.secrets.decrypt(sealedToken) : null;
    const body = token ? entry.body.replace(`/r/${REDACTED}`, `/r/${token}`) : entry.body;
    const deliver =
      entry.channel === 'email'
        ? this.emailSender(orchestra, entry, body)
        : this.smsSender(orchestra, entry, body);
    if (!deliver) {
      // No provider anywhere: the log is the delivery, link included.
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
      throw err; // pg-boss retries with backoff
    }
  }

  /** Sends through Resend with the orchestra's key, else the platform's; null when there is none. */
  private emailSender(
    orchestra: OrchestraRecord,
    entry: LogEntry,
    body: string,
  ): (() => Promise<string>) | null {
    const creds = this.emailCredentials(orchestra);
    if (!creds) return null;
    const from = orchestra.emailFromAddress
      ? `${orchestra.emailFromName ?? orchestra.name} <${orchestra.emailFromAddress}>`
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
      return this.gateway.sendEmail(creds, {
        from,
        to: entry.recipient,
        subject: entry.subject ?? '',
        text: body,
        replyTo: orchestra.emailReplyTo,
        attachments: files.map((f) => ({
          filename: f.fileName,
          content: Buffer.from(f.content).toString('base64'),
        })),
      });
    };
  }

  private smsSender(
    orchestra: OrchestraRecord,
    entry: LogEntry,
    body: string,
  ): (() => Promise<string>) | null {
    const creds = this.smsCredentials(orchestra);
    if (!creds) return null;
    return () => this.gateway.sendSms(creds, { from: creds.from, to: entry.recipient, body });
  }

  private emailCredentials(o: OrchestraRecord) {
    if (o.resendApiKeyEncrypted)
      return {
        apiKey: this.secrets.decrypt(o.resendApiKeyEncrypted),
        baseUrl: this.config.messaging.resendBaseUrl,
      };
    if (this.config.messaging.resendApiKey)
      return {
        apiKey: this.config.messaging.resendApiKey,
        baseUrl: this.config.messaging.resendBaseUrl,
      };
    return null;
  }

  private smsCredentials(o: OrchestraRecord) {
    if (o.twilioAccountSid && o.twilioAuthTokenEncrypted && o.twilioFromNumber) {
      return {
        accountSid: o.twilioAccountSid,
        authToken: this.secrets.decrypt(o.twilioAuthTokenEncrypted),
        from: o.twilioFromNumber,
        baseUrl: this.config.messaging.twilioBaseUrl,
      };
    }
    const m = this.config.messaging;
    if (m.twilioAccountSid && m.twilioAuthToken && m.twilioFromNumber) {
      return {
        accountSid: m.twilioAccountSid,
        authToken: m.twilioAuthToken,
        from: m.twilioFromNumber,
        baseUrl: m.twilioBaseUrl,
      };
    }
    return null;
  }

  list(
    filter: { requestId?: number; type?: string; channel?: 'email' | 'sms'; recipient?: string },
    take = 100,
  ) {
    return this.repo.list(filter, take);
  }
}
