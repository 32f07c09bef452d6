import { Injectable } from '@nestjs/common';

import { TenantDb } from '#tutti/tenancy';

export interface InboundSms {
  messageSid: string;
  from: string;
  body: string;
  optOutType?: string;
}

/** SMS received from musicians, stored before they are acted on. */
@Injectable()
export class InboundMessagesRepository {
  constructor(private readonly tenantDb: TenantDb) {}

  /** Stores the message once per MessageSid; false when it was stored already (a retry). */
  async storeOnce(sms: InboundSms): Promise<boolean> {
    const { count } = await (
      await this.tenantDb.client()
    ).inboundMessage.createMany({
      data: [
        {
          providerMessageId: sms.messageSid,
          fromNumber: sms.from,
          body: sms.body.slice(0, 1600),
          optOutType: sms.optOutType ?? null,
        },
      ],
      skipDuplicates: true,
    });
    return count === 1;
  }

  async finish(messageSid: string, outcome: string, requestId: number | null, at: Date) {
    await (
      await this.tenantDb.client()
    ).inboundMessage.update({
      where: { providerMessageId: messageSid },
      data: { outcome, requestId, handledAt: at },
    });
  }

  /** The musician who has this phone number, with their language. */
  async musicianByPhone(phone: string) {
    return (await this.tenantDb.client()).musician.findFirst({
      where: { phone },
      select: { id: true, preferredLanguage: true },
    });
  }

  /** The musician's open request with this short code. */
  async openRequestByCode(musicianId: number, shortCode: string): Promise<number | null> {
    const r = await (
      await this.tenantDb.client()
    ).request.findFirst({
      where: { shortCode, status: 'pending', musicianId },
      select: { id: true },
    });
    return r?.id ?? null;
  }
}
