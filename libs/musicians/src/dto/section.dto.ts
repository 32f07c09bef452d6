import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsDefined, IsInt, IsString, Length, Max, Min } from 'class-validator';

import { Optional, PageOf } from '#tutti/common';

export class CreateSectionDto {
  @ApiProperty({ example: 'Träblås' })
  @IsDefined({ message: '$property is required' })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiPropertyOptional({ default: 0 })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(1000)
  sortOrder?: number;
}

export class SectionMembershipDto {
  @ApiPropertyOptional({ default: false, description: 'Leads the section (marks its attendance)' })
  @Optional()
  @IsBoolean()
  isLeader?: boolean;
}

export class SectionMemberView {
  @ApiProperty() id: string;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty() isLeader: boolean;
}

export class SectionView {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty() sortOrder: number;
  @ApiProperty({ type: [SectionMemberView] }) members: SectionMemberView[];
}

export class SectionPage extends PageOf(SectionView) {}
