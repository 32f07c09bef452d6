import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

export class TemplateDto {
  @ApiProperty() @IsString() @Length(1, 300) subject: string;
  @ApiProperty() @IsString() @Length(1, 20_000) body: string;
}

/** A preview renders what is sent, or the saved template where a part is left out. */
export class TemplatePreviewDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 300) subject?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 20_000) body?: string;
}
