import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsString, Length, Matches, MaxLength } from 'class-validator';

import { Optional } from '#tutti/common';

import { MESSAGE_TYPES } from '../templates.js';

export class ListCommunicationsQuery {
  @ApiPropertyOptional({ description: "The request's id (as in the timeline)" })
  @Optional()
  @IsString()
  @Length(1, 40)
  requestId?: string;

  @ApiPropertyOptional({ enum: MESSAGE_TYPES })
  @Optional()
  @IsIn(MESSAGE_TYPES, { message: `type must be one of ${MESSAGE_TYPES.join(', ')}` })
  type?: (typeof MESSAGE_TYPES)[number];

  @ApiPropertyOptional({ enum: ['email', 'sms'] })
  @Optional()
  @IsIn(['email', 'sms'], { message: 'channel must be email or sms' })
  channel?: 'email' | 'sms';

  @ApiPropertyOptional({ description: 'Email address or phone number' })
  @Optional()
  @IsString()
  @MaxLength(254)
  recipient?: string;
}

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
