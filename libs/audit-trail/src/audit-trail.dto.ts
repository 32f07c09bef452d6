import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

import { CursorQuery, IsInstant, Optional } from '#tutti/common';

export class ListAuditQuery extends CursorQuery {
  @ApiPropertyOptional({ example: 'Musician', description: 'Only changes to this table' })
  @Optional()
  @IsString()
  @Matches(/^[A-Za-z]{1,64}$/, { message: 'table must be a table name' })
  table?: string;

  @ApiPropertyOptional({ description: 'Only changes to this row (its id, as text)' })
  @Optional()
  @IsString()
  @MaxLength(100)
  recordId?: string;

  @ApiPropertyOptional({ description: 'Only what this user id (or api-key:<id>) did' })
  @Optional()
  @IsString()
  @MaxLength(100)
  actor?: string;

  @ApiPropertyOptional({ description: 'Only what one request did (its X-Request-Id)' })
  @Optional()
  @IsString()
  @MaxLength(200)
  requestId?: string;

  @ApiPropertyOptional({ example: '2026-12-01T00:00:00Z' })
  @Optional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31T00:00:00Z' })
  @Optional()
  @IsInstant()
  to?: string;
}

class ActorView {
  @ApiProperty({ enum: ['user', 'api-key', 'support'] }) kind: 'user' | 'api-key' | 'support';
  @ApiProperty() id: string;
  @ApiProperty({ description: "The user's name, the key's prefix and description" })
  name: string;
}

export class AuditEventView {
  @ApiProperty() id: string;
  @ApiProperty() table: string;
  @ApiProperty({ type: String, nullable: true }) recordId: string | null;
  @ApiProperty({ enum: ['INSERT', 'UPDATE', 'DELETE'] }) operation: string;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true })
  before: Record<string, unknown> | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true })
  after: Record<string, unknown> | null;
  @ApiProperty({ type: [String], description: 'The fields an update changed' })
  changed: string[];
  @ApiProperty({ type: ActorView, nullable: true, description: 'None: the public or a job' })
  actor: ActorView | null;
  @ApiProperty({ type: String, nullable: true }) requestId: string | null;
  @ApiProperty() at: Date;
}

/** Newest first; no total: counting a long trail would cost more than the page itself. */
export class AuditEventPage {
  @ApiProperty({ type: [AuditEventView] }) items: AuditEventView[];
  @ApiProperty() pageSize: number;
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for older events' })
  nextCursor: string | null;
}

export class AuditTablesView {
  @ApiProperty({ type: [String] }) tables: string[];
}
