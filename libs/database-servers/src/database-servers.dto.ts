import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

import { Optional } from '#tutti/common';

const REGION = /^[a-z0-9][a-z0-9-]{0,39}$/;
const REGION_MESSAGE = 'region must be lower-case letters, digits and dashes (at most 40)';

export class NewDatabaseServerDto {
  @ApiProperty({ example: 'eu-north-2', description: 'Unique; how the console names it' })
  @Matches(/^[a-z0-9][a-z0-9-]{0,39}$/, {
    message: 'name must be lower-case letters, digits and dashes (at most 40)',
  })
  name: string;

  @ApiProperty({ enum: ['postgres', 'neon'] })
  @IsIn(['postgres', 'neon'], { message: 'kind must be postgres or neon' })
  kind: 'postgres' | 'neon';

  @ApiPropertyOptional({
    description: 'postgres: a URL of a role that may create databases and roles (stored encrypted)',
  })
  @Optional()
  @IsString()
  @MaxLength(2000)
  @Matches(/^postgres(ql)?:\/\//, { message: 'adminUrl must be a postgres:// URL' })
  adminUrl?: string;

  @ApiPropertyOptional({ description: 'neon: an API key (stored encrypted)' })
  @Optional()
  @IsString()
  @MaxLength(500)
  neonApiKey?: string;

  @ApiPropertyOptional({ description: "neon: the API's address, if not Neon's own" })
  @Optional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'neonApiUrl must be an http(s) URL' })
  @MaxLength(500)
  neonApiUrl?: string;

  @ApiPropertyOptional({ example: 'eu-north' })
  @Optional()
  @Matches(REGION, { message: REGION_MESSAGE })
  region?: string;

  @ApiProperty({ example: 500, description: 'Ensembles placed here at most' })
  @IsInt({ message: 'capacity must be a whole number' })
  @Min(0, { message: 'capacity must be 0 or more' })
  @Max(100_000, { message: 'capacity must be at most 100000' })
  capacity: number;
}

export class DatabaseServerChangeDto {
  @ApiPropertyOptional({
    enum: ['open', 'draining', 'closed'],
    description: 'open: takes new ensembles; draining: keeps its own; closed: empty and retired',
  })
  @Optional()
  @IsIn(['open', 'draining', 'closed'], { message: 'state must be open, draining or closed' })
  state?: 'open' | 'draining' | 'closed';

  @ApiPropertyOptional()
  @Optional()
  @IsInt({ message: 'capacity must be a whole number' })
  @Min(0, { message: 'capacity must be 0 or more' })
  @Max(100_000, { message: 'capacity must be at most 100000' })
  capacity?: number;

  @ApiPropertyOptional()
  @Optional()
  @Matches(REGION, { message: REGION_MESSAGE })
  region?: string;
}

export class DatabaseServerView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['postgres', 'neon'] }) kind: string;
  @ApiProperty({ type: String, nullable: true }) region: string | null;
  @ApiProperty() capacity: number;
  @ApiProperty({ description: 'Ensembles on it now (deleted ones not counted)' }) tenants: number;
  @ApiProperty({ enum: ['open', 'draining', 'closed'] }) state: string;
  @ApiProperty({
    description: 'Where it is: host and port, or the Neon API address; never credentials',
  })
  address: string;
  @ApiProperty() createdAt: Date;
}

export class NewMoveDto {
  @ApiProperty({ format: 'uuid', description: 'The server to move the database to' })
  @IsUUID('4', { message: 'toServerId must be a server id' })
  toServerId: string;
}

export class MoveView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) orchestraId: string;
  @ApiProperty({ format: 'uuid' }) fromServerId: string;
  @ApiProperty({ format: 'uuid' }) toServerId: string;
  @ApiProperty({
    description: 'The last step done: record, maintenance, copy, verify, switch, reopen, cleanup',
  })
  step: string;
  @ApiProperty({ enum: ['running', 'succeeded', 'failed'] }) status: string;
  @ApiProperty() attempts: number;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
  @ApiProperty({ type: Number, nullable: true }) tables: number | null;
  @ApiProperty({ type: Number, nullable: true }) rows: number | null;
  @ApiProperty() startedAt: Date;
  @ApiProperty({ type: Date, nullable: true }) finishedAt: Date | null;
}

class SkippedEnsemble {
  @ApiProperty({ format: 'uuid' }) orchestraId: string;
  @ApiProperty() subdomain: string;
  @ApiProperty() reason: string;
}

export class MoveOffView {
  @ApiProperty({ type: [String], description: 'The moves started, one per ensemble' })
  moves: string[];
  @ApiProperty({ type: [SkippedEnsemble], description: 'Ensembles that stay, and why' })
  skipped: SkippedEnsemble[];
}
