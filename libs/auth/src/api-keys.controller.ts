import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Clock, DomainError, randomToken, requestContext, sha256 } from '#tutti/common';
import { ApiKeysRepository, AuditRepository } from '#tutti/control-plane';
import { Roles } from './auth.decorators.js';

export class CreateApiKeyDto {
  @ApiPropertyOptional({ example: 'Website concert calendar' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  description?: string;
}

/**
 * Keys for an ensemble's integrations, sent as `X-Api-Key` on the ensemble's own subdomain:
 * the Host still names the tenant, and a key of one ensemble opens no other. A key acts with
 * the staff role. It is shown once, when created; only its SHA-256 is kept.
 */
@ApiTags('auth')
@ApiBearerAuth()
@Roles('admin')
@Controller('api/api-keys')
export class ApiKeysController {
  constructor(
    private readonly keys: ApiKeysRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  private orchestraId(): string {
    return requestContext.require().tenant!.id;
  }

  @Post()
  async create(@Body() dto: CreateApiKeyDto) {
    const prefix = randomToken(6);
    const key = `tutti_${prefix}_${randomToken(32)}`;
    const row = await this.keys.create(
      this.orchestraId(),
      prefix,
      sha256(key),
      dto.description ?? null,
    );
    await this.audit.record({
      action: 'api-key.create',
      targetType: 'api-key',
      targetId: row.id,
      orchestraId: this.orchestraId(),
      after: { prefix, description: dto.description },
    });
    return { id: row.id, prefix, description: row.description, key };
  }

  @Get()
  list() {
    return this.keys.list(this.orchestraId());
  }

  @Delete(':id')
  @HttpCode(204)
  async revoke(@Param('id', new ParseUUIDPipe()) id: string) {
    if (!(await this.keys.revoke(this.orchestraId(), id, this.clock.now()))) {
      throw new DomainError('api-key/not-found', 'not_found', `No active API key ${id}`);
    }
    await this.audit.record({
      action: 'api-key.revoke',
      targetType: 'api-key',
      targetId: id,
      orchestraId: this.orchestraId(),
    });
  }
}
