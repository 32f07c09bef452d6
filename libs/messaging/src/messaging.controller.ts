import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
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
import { Roles } from '#tutti/auth';
import { SecretBox } from '#tutti/common';
import { OrchestrasRepository } from '#tutti/control-plane';
import { currentTenant } from '#tutti/tenancy';
import { MessagingService } from './messaging.service.js';

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

@ApiTags('communication')
@ApiBearerAuth()
@Roles('admin', 'staff')
@Controller('api')
export class MessagingController {
  constructor(
    private readonly messaging: MessagingService,
    private readonly orchestras: OrchestrasRepository,
    private readonly secrets: SecretBox,
  ) {}

  @Get('communications')
  list(@Query() q: ListCommunicationsQuery) {
    return this.messaging.list(q);
  }

  @Get('settings/messaging')
  async settings() {
    return this.view((await this.orchestras.findById(currentTenant().id))!);
  }

  @Roles('admin')
  @Put('settings/messaging')
  async update(@Body() dto: MessagingSettingsDto) {
    const { resendApiKey, resendWebhookSecret, twilioAuthToken, ...plain } = dto;
    const sealed = (v: string | undefined) =>
      v === undefined ? undefined : v === '' ? null : this.secrets.encrypt(v);
    const updated = await this.orchestras.update(currentTenant().id, {
      ...plain,
      resendApiKeyEncrypted: sealed(resendApiKey),
      resendWebhookSecretEncrypted: sealed(resendWebhookSecret),
      twilioAuthTokenEncrypted: sealed(twilioAuthToken),
    });
    return this.view(updated);
  }

  private view(o: NonNullable<Awaited<ReturnType<OrchestrasRepository['findById']>>>) {
    return {
      hasResendApiKey: !!o.resendApiKeyEncrypted,
      hasResendWebhookSecret: !!o.resendWebhookSecretEncrypted,
      emailFromAddress: o.emailFromAddress,
      emailFromName: o.emailFromName,
      emailReplyTo: o.emailReplyTo,
      twilioAccountSid: o.twilioAccountSid,
      hasTwilioAuthToken: !!o.twilioAuthTokenEncrypted,
      twilioFromNumber: o.twilioFromNumber,
      smsOnRequest: o.smsOnRequest,
      smsOnReminder: o.smsOnReminder,
      smsOnConfirmation: o.smsOnConfirmation,
      smsOnPositionFilled: o.smsOnPositionFilled,
      smsOnGroupEmail: o.smsOnGroupEmail,
    };
  }
}
