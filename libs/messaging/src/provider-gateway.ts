import { Injectable } from '@nestjs/common';
import { Resend } from 'resend';
import twilio from 'twilio';
import type TwilioRequestClient from 'twilio/lib/base/RequestClient.js';

type TwilioRequestOptions<T> = TwilioRequestClient.RequestOptions<T>;

export interface EmailCredentials {
  apiKey: string;
  baseUrl: string | null;
}
export interface SmsCredentials {
  accountSid: string;
  authToken: string;
  baseUrl: string | null;
}

/**
 * Twilio's official client, pointed at another base URL when one is configured (a regional
 * proxy, or the local stand-in that tests use): every request the SDK builds for
 * api.twilio.com goes to that base instead, unchanged otherwise.
 */
class RebasedTwilioClient extends twilio.RequestClient {
  constructor(private readonly base: string) {
    super();
  }
  override request<T>(opts: TwilioRequestOptions<T>) {
    return super.request<T>({
      ...opts,
      uri: opts.uri?.replace(/^https:\/\/[a-z.-]*twilio\.com/, this.base),
    });
  }
}

/** Sends through the providers' official SDKs with the credentials it is given. */
@Injectable()
export class ProviderGateway {
  async sendEmail(
    creds: EmailCredentials,
    email: {
      from: string;
      to: string;
      subject: string;
      text: string;
      replyTo?: string | null;
      attachments?: Array<{ filename: string; content: string }>;
    },
    /**
     * The same for every attempt at one message: Resend sends a repeated request only once (for
     * 24 hours), so a send retried after a crash that followed delivery does not arrive twice.
     */
    idempotencyKey?: string,
  ): Promise<string> {
    const resend = new Resend(creds.apiKey, creds.baseUrl ? { baseUrl: creds.baseUrl } : undefined);
    const { data, error } = await resend.emails.send(
      {
        from: email.from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        ...(email.replyTo ? { replyTo: email.replyTo } : {}),
        ...(email.attachments?.length ? { attachments: email.attachments } : {}),
      },
      idempotencyKey ? { idempotencyKey } : undefined,
    );
    if (error || !data)
      throw new Error(`Resend refused the email: ${error?.message ?? 'no id returned'}`);
    return data.id;
  }

  async sendSms(
    creds: SmsCredentials,
    sms: { from: string; to: string; body: string; statusCallback?: string },
  ): Promise<string> {
    const client = twilio(
      creds.accountSid,
      creds.authToken,
      creds.baseUrl ? { httpClient: new RebasedTwilioClient(creds.baseUrl) } : {},
    );
    const message = await client.messages.create({
      from: sms.from,
      to: sms.to,
      body: sms.body,
      ...(sms.statusCallback ? { statusCallback: sms.statusCallback } : {}),
    });
    return message.sid;
  }
}
