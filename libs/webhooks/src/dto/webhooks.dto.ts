import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsString,
  IsUrl,
  MaxLength,
} from 'class-validator';

import { Optional } from '#tutti/common';

export const WEBHOOK_EVENTS = [
  'request.accepted',
  'request.declined',
  'need.filled',
  'need.exhausted',
  'musician.created',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export class CreateEndpointDto {
  @ApiProperty({ example: 'https://example.org/tutti-hook' })
  @IsDefined({ message: '$property is required' })
  @IsString()
  @MaxLength(500)
  @IsUrl(
    { protocols: ['https', 'http'], require_protocol: true, require_tld: false },
    { message: 'url must be an http(s) address' },
  )
  url: string;

  @ApiProperty({ enum: WEBHOOK_EVENTS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENTS.length)
  @IsIn(WEBHOOK_EVENTS, { each: true, message: `events must be of ${WEBHOOK_EVENTS.join(', ')}` })
  events: WebhookEvent[];
}

export class UpdateEndpointDto {
  @ApiProperty({ required: false }) @Optional() @IsBoolean() isActive?: boolean;
}

export class EndpointView {
  @ApiProperty() endpointId: string;
  @ApiProperty() url: string;
  @ApiProperty({ enum: WEBHOOK_EVENTS, isArray: true }) events: string[];
  @ApiProperty() isActive: boolean;
  @ApiProperty() createdAt: Date;
}

export class EndpointWithSecretView extends EndpointView {
  @ApiProperty({ description: 'Shown this once: keep it to verify signatures' }) secret: string;
}

export class EndpointList {
  @ApiProperty({ type: [EndpointView] }) items: EndpointView[];
}

export class DeliveryView {
  @ApiProperty() deliveryId: string;
  @ApiProperty() endpointId: string;
  @ApiProperty() eventType: string;
  @ApiProperty({ enum: ['pending', 'succeeded', 'failed'] }) status: string;
  @ApiProperty() attempts: number;
  @ApiProperty({ type: Number, nullable: true }) lastStatusCode: number | null;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: Date, nullable: true }) deliveredAt: Date | null;
}

export class DeliveryList {
  @ApiProperty({ type: [DeliveryView] }) items: DeliveryView[];
}
