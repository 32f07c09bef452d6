import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';

export class ListCommunicationsQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  requestId?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(40)
  type?: string;

  @ApiPropertyOptional({ enum: ['email', 'sms'] })
  @IsOptional()
  @IsIn(['email', 'sms'])
  channel?: 'email' | 'sms';

  @ApiPropertyOptional({ description: 'Email address or phone number' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  recipient?: string;
}

export class MessagingSettingsDto {
  @ApiPropertyOptional({
    description: 'Resend API key; stored encrypted, never shown again. Empty string removes it.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  resendApiKey?: string;

  @ApiPropertyOptional({
    description: 'Signing secret of the Resend webhook (whsec_…); stored encrypted',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  resendWebhookSecret?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail({}, { message: 'emailFromAddress must be an email address' })
  emailFromAddress?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  emailFromName?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail({}, { message: 'emailReplyTo must be an email address' })
  emailReplyTo?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^AC[0-9a-fA-F]{32}$/, {
    message: 'twilioAccountSid must look like AC followed by 32 hex digits',
  })
  twilioAccountSid?: string;

  @ApiPropertyOptional({ description: 'Stored encrypted, never shown again' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  twilioAuthToken?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^\+[1-9]\d{6,14}$/, { message: 'twilioFromNumber must be in E.164 form' })
  twilioFromNumber?: string;

  @ApiProperty({ required: false }) @IsOptional() @IsBoolean() smsOnRequest?: boolean;
  @ApiProperty({ required: false }) @IsOptional() @IsBoolean() smsOnReminder?: boolean;
  @ApiProperty({ required: false }) @IsOptional() @IsBoolean() smsOnConfirmation?: boolean;
  @ApiProperty({ required: false }) @IsOptional() @IsBoolean() smsOnPositionFilled?: boolean;
  @ApiProperty({ required: false }) @IsOptional() @IsBoolean() smsOnGroupEmail?: boolean;
}
