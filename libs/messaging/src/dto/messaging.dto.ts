import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsString, Length, Matches, MaxLength } from 'class-validator';

import { Optional, PageOf, PageQuery } from '#tutti/common';

import { MESSAGE_TYPES } from '../templates.js';

const MESSAGE_STATUSES = ['queued', 'sent', 'delivered', 'failed', 'simulated'] as const;
/** What the log holds: the templated kinds, group email, password resets and waitlist emails. */
const LOG_TYPES = [
  ...MESSAGE_TYPES,
  'password_reset',
  'staff_invitation',
  'waitlist',
  'announcement',
] as const;

export class ListCommunicationsQuery extends PageQuery {
  @ApiPropertyOptional({ description: "The request's id (as in the timeline)" })
  @Optional()
  @IsString()
  @Length(1, 40)
  requestId?: string;

  @ApiPropertyOptional({ enum: LOG_TYPES })
  @Optional()
  @IsIn(LOG_TYPES, { message: `type must be one of ${LOG_TYPES.join(', ')}` })
  type?: (typeof LOG_TYPES)[number];

  @ApiPropertyOptional({ enum: ['email', 'sms'] })
  @Optional()
  @IsIn(['email', 'sms'], { message: 'channel must be email or sms' })
  channel?: 'email' | 'sms';

  @ApiPropertyOptional({ description: 'Email address or phone number' })
  @Optional()
  @IsString()
  @MaxLength(254)
  recipient?: string;

  @ApiPropertyOptional({ enum: MESSAGE_STATUSES })
  @Optional()
  @IsIn(MESSAGE_STATUSES, { message: `status must be one of ${MESSAGE_STATUSES.join(', ')}` })
  status?: (typeof MESSAGE_STATUSES)[number];
}

class CommunicationView {
  @ApiProperty() id: number;
  @ApiProperty({ type: String, nullable: true, description: 'The request it belongs to' })
  requestId: string | null;
  @ApiProperty({ enum: LOG_TYPES }) type: string;
  @ApiProperty({ enum: ['email', 'sms'] }) channel: 'email' | 'sms';
  @ApiProperty() recipient: string;
  @ApiProperty({ type: String, nullable: true }) subject: string | null;
  @ApiProperty({ description: 'The text as sent (a simulated message holds its answer link)' })
  body: string;
  @ApiProperty({ enum: MESSAGE_STATUSES }) status: (typeof MESSAGE_STATUSES)[number];
  @ApiProperty({ type: String, nullable: true }) providerMessageId: string | null;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
  @ApiProperty() attempts: number;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: Date, nullable: true }) sentAt: Date | null;
  @ApiProperty() updatedAt: Date;
}

export class CommunicationPage extends PageOf(CommunicationView) {}

export class MessagingSettingsDto {
  @ApiPropertyOptional({
    description: 'Resend API key; stored encrypted, never shown again. Empty string removes it.',
  })
  @Optional()
  @IsString()
  @MaxLength(200)
  resendApiKey?: string;

  @ApiPropertyOptional({
    description: 'Signing secret of the Resend webhook (whsec_…); stored encrypted',
  })
  @Optional()
  @IsString()
  @MaxLength(200)
  resendWebhookSecret?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsEmail({}, { message: 'emailFromAddress must be an email address' })
  emailFromAddress?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(100)
  emailFromName?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsEmail({}, { message: 'emailReplyTo must be an email address' })
  emailReplyTo?: string;

  @ApiPropertyOptional()
  @Optional()
  @Matches(/^AC[0-9a-fA-F]{32}$/, {
    message: 'twilioAccountSid must look like AC followed by 32 hex digits',
  })
  twilioAccountSid?: string;

  @ApiPropertyOptional({ description: 'Stored encrypted, never shown again' })
  @Optional()
  @IsString()
  @MaxLength(100)
  twilioAuthToken?: string;

  @ApiPropertyOptional()
  @Optional()
  @Matches(/^\+[1-9]\d{6,14}$/, { message: 'twilioFromNumber must be in E.164 form' })
  twilioFromNumber?: string;

  @ApiProperty({ required: false }) @Optional() @IsBoolean() smsOnRequest?: boolean;
  @ApiProperty({ required: false }) @Optional() @IsBoolean() smsOnReminder?: boolean;
  @ApiProperty({ required: false }) @Optional() @IsBoolean() smsOnConfirmation?: boolean;
  @ApiProperty({ required: false }) @Optional() @IsBoolean() smsOnPositionFilled?: boolean;
  @ApiProperty({ required: false }) @Optional() @IsBoolean() smsOnGroupEmail?: boolean;
}

class SendingThrough {
  @ApiProperty({
    enum: ['orchestra', 'platform', 'none'],
    description: 'Whose email account sends',
  })
  email: string;
  @ApiProperty({ enum: ['orchestra', 'platform', 'none'] }) sms: string;
}

/** The settings as shown: a secret only as set or not set, never its value. */
export class MessagingSettingsView {
  @ApiProperty() hasResendApiKey: boolean;
  @ApiProperty() hasResendWebhookSecret: boolean;
  @ApiProperty({ type: String, nullable: true }) emailFromAddress: string | null;
  @ApiProperty({ type: String, nullable: true }) emailFromName: string | null;
  @ApiProperty({ type: String, nullable: true }) emailReplyTo: string | null;
  @ApiProperty({ type: String, nullable: true }) twilioAccountSid: string | null;
  @ApiProperty() hasTwilioAuthToken: boolean;
  @ApiProperty({ type: String, nullable: true }) twilioFromNumber: string | null;
  @ApiProperty() smsOnRequest: boolean;
  @ApiProperty() smsOnReminder: boolean;
  @ApiProperty() smsOnConfirmation: boolean;
  @ApiProperty() smsOnPositionFilled: boolean;
  @ApiProperty() smsOnGroupEmail: boolean;
  @ApiProperty({ type: SendingThrough }) sendingThrough: SendingThrough;
}
