import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

import { Optional } from '#tutti/common';

export class TemplateDto {
  @ApiProperty() @IsString() @Length(1, 300) subject: string;
  @ApiProperty() @IsString() @Length(1, 20_000) body: string;
}

/** A preview renders what is sent, or the saved template where a part is left out. */
export class TemplatePreviewDto {
  @ApiPropertyOptional() @Optional() @IsString() @Length(1, 300) subject?: string;
  @ApiPropertyOptional() @Optional() @IsString() @Length(1, 20_000) body?: string;
}

export class TemplateView {
  @ApiProperty() id: number;
  @ApiProperty({ example: 'request' }) type: string;
  @ApiProperty({ enum: ['sv', 'en'] }) language: string;
  @ApiProperty() subject: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: [String] }) variables: string[];
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class TemplateListView {
  @ApiProperty({ type: [String], description: 'Every {{variable}} a template may use' })
  variables: string[];
  @ApiProperty({ type: [TemplateView] }) templates: TemplateView[];
}

export class TemplatePreviewView {
  @ApiProperty() subject: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: [String] }) unknownVariables: string[];
}
