import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

import { ALL_PERMISSIONS, Optional, PageOf, PageQuery, type Permission } from '#tutti/common';

import { ApiKeysService } from './api-keys.service.js';
import { RequiresPermission } from './auth.decorators.js';

export class CreateApiKeyDto {
  @ApiPropertyOptional({ example: 'Website concert calendar' })
  @Optional()
  @IsString()
  @MaxLength(200)
  description?: string;

  @ApiProperty({ enum: ALL_PERMISSIONS, isArray: true, example: ['season.read'] })
  @IsArray()
  @ArrayMinSize(1, { message: 'permissions must name at least one permission' })
  @ArrayMaxSize(ALL_PERMISSIONS.length)
  @IsIn(ALL_PERMISSIONS, { each: true, message: 'permissions must be names from the catalogue' })
  permissions: Permission[];

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 730,
    description: 'Omit for a key that never expires',
  })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(730)
  expiresInDays?: number;
}

class KeyCreatorView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
}

class ApiKeyView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The first characters, to recognise the key' }) prefix: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ enum: ALL_PERMISSIONS, isArray: true }) permissions: string[];
  @ApiProperty({ type: Date, nullable: true }) expiresAt: Date | null;
  @ApiProperty({ type: KeyCreatorView, nullable: true }) createdBy: KeyCreatorView | null;
  @ApiProperty({ type: Date, nullable: true }) lastUsedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) revokedAt: Date | null;
  @ApiProperty() createdAt: Date;
}

class ApiKeyPage extends PageOf(ApiKeyView) {}

class CreatedApiKeyView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() prefix: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ enum: ALL_PERMISSIONS, isArray: true }) permissions: string[];
  @ApiProperty({ type: Date, nullable: true }) expiresAt: Date | null;
  @ApiProperty({ description: 'Shown this once; only its hash is stored' }) key: string;
}

@ApiTags('auth')
@ApiBearerAuth()
@RequiresPermission('api-keys.manage')
@Controller('api/api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @ApiOperation({ summary: 'Create an API key: shown once' })
  @ApiCreatedResponse({ type: CreatedApiKeyView })
  @Post()
  create(@Body() dto: CreateApiKeyDto) {
    return this.keys.create(dto);
  }

  @ApiOperation({ summary: 'API keys (never the keys themselves)' })
  @ApiOkResponse({ type: ApiKeyPage })
  @Get()
  list(@Query() q: PageQuery) {
    return this.keys.list(q);
  }

  @ApiOperation({ summary: 'Revoke an API key at once' })
  @ApiNoContentResponse()
  @Delete(':id')
  @HttpCode(204)
  revoke(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.keys.revoke(id);
  }
}
