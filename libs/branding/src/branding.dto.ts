import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

import { Optional } from '#tutti/common';

const HEX = /^#[0-9a-fA-F]{6}$/;

export class BrandingColoursDto {
  @ApiPropertyOptional({ example: '#1E3A8A', description: 'Behind white text: 4.5:1 at least' })
  @Optional()
  @IsString()
  @Matches(HEX, { message: 'primaryColor must be a colour like #1E3A8A' })
  primaryColor?: string;

  @ApiPropertyOptional({ example: '#B45309', description: 'Accents on the light page: 3:1' })
  @Optional()
  @IsString()
  @Matches(HEX, { message: 'secondaryColor must be a colour like #B45309' })
  secondaryColor?: string;
}

export class BrandingView {
  @ApiProperty() primaryColor: string;
  @ApiProperty() secondaryColor: string;
  @ApiProperty({ type: String, nullable: true }) logoUrl: string | null;
  @ApiProperty({ type: String, nullable: true }) faviconUrl: string | null;
}
