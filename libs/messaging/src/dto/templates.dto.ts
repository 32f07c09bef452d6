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
