import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsString, MaxLength } from 'class-validator';

export class SetDomainDto {
  @ApiProperty({ example: 'vikarier.example-orkester.se' })
  @IsDefined({ message: '$property is required' })
  @IsString()
  @MaxLength(253)
  domain: string;
}

class TxtRecordView {
  @ApiProperty({ example: 'TXT' }) type: 'TXT';
  @ApiProperty({ example: '_tutti-verify.vikarier.example-orkester.se' }) name: string;
  @ApiProperty({ example: 'tutti-verify=3kTq…' }) value: string;
}

export class DomainView {
  @ApiProperty({ type: String, nullable: true }) domain: string | null;
  @ApiProperty({ description: 'Serves the ensemble only when true' }) verified: boolean;
  @ApiProperty({ type: Date, nullable: true }) verifiedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) checkedAt: Date | null;
  @ApiProperty({ type: String, nullable: true, description: 'What the last check found wrong' })
  error: string | null;
  @ApiProperty({ type: TxtRecordView, nullable: true, description: 'The record to publish' })
  record: TxtRecordView | null;
}
