import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';

import { Optional, PageOf } from '#tutti/common';

export class RestoreDto {
  @ApiProperty({
    enum: ['replace', 'inspect'],
    description:
      'replace: switch the ensemble to the restored database; inspect: a database beside it',
  })
  @IsIn(['replace', 'inspect'], { message: 'mode must be replace or inspect' })
  mode: 'replace' | 'inspect';

  @ApiPropertyOptional({ description: "The ensemble's subdomain, typed to confirm a replace" })
  @Optional()
  @IsString()
  @MaxLength(63)
  confirmSubdomain?: string;
}

export class BackupView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) orchestraId: string;
  @ApiProperty({ enum: ['manual', 'scheduled', 'final'] }) kind: string;
  @ApiProperty({ enum: ['running', 'succeeded', 'failed'] }) status: string;
  @ApiProperty({ type: Number, nullable: true }) sizeBytes: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'SHA-256 of the stored file' })
  sha256: string | null;
  @ApiProperty({ type: String, nullable: true }) schemaVersion: string | null;
  @ApiProperty({ type: Number, nullable: true }) tables: number | null;
  @ApiProperty({ type: Number, nullable: true }) rows: number | null;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
  @ApiProperty({ type: Date, nullable: true }) keepUntil: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: Date, nullable: true }) finishedAt: Date | null;
}

export class BackupPage extends PageOf(BackupView) {}

export class RestoreView {
  @ApiProperty({ enum: ['replace', 'inspect'] }) mode: string;
  @ApiProperty({ description: 'The database the backup was restored into' }) database: string;
  @ApiProperty({ format: 'uuid' }) orchestraId: string;
  @ApiProperty({ format: 'uuid' }) backupId: string;
}
