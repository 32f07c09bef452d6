import { ApiProperty } from '@nestjs/swagger';

import { RetentionPeriodsDto } from './privacy.dto.js';

export class ErasedView {
  @ApiProperty() erased: number;
}

export class AnonymisedView {
  @ApiProperty() musicianId: string;
  @ApiProperty() anonymisedAt: Date;
}

export class RetentionRunView {
  @ApiProperty({
    enum: [
      'expired_tokens',
      'download_logs',
      'communication_logs',
      'waitlist_entries',
      'former_members_anonymised',
    ],
  })
  rule: string;
  @ApiProperty() rows: number;
  @ApiProperty() cutoff: Date;
  @ApiProperty() ranAt: Date;
}

export class RetentionView {
  @ApiProperty({ type: RetentionPeriodsDto }) periods: RetentionPeriodsDto;
  @ApiProperty({ type: [RetentionRunView], description: 'The latest runs, newest first' })
  runs: RetentionRunView[];
}

export class PersonalDataExportView {
  @ApiProperty() exportedAt: Date;
  @ApiProperty({ type: Object }) person: Record<string, unknown>;
}
