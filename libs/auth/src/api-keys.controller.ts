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
import { IsString, MaxLength } from 'class-validator';

import { Optional, PageOf, PageQuery } from '#tutti/common';

import { ApiKeysService } from './api-keys.service.js';
import { Roles } from './auth.decorators.js';

export class CreateApiKeyDto {
  @ApiPropertyOptional({ example: 'Website concert calendar' })
  @Optional()
  @IsString()
  @MaxLength(200)
  description?: string;
}

class ApiKeyView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The first characters, to recognise the key' }) prefix: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: Date, nullable: true }) lastUsedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) revokedAt: Date | null;
  @ApiProperty() createdAt: Date;
}

class ApiKeyPage extends PageOf(ApiKeyView) {}

class CreatedApiKeyView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() prefix: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ description: 'Shown this once; only its hash is stored' }) key: string;
}

@ApiTags('auth')
@ApiBearerAuth()
@Roles('admin')
@Controller('api/api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @ApiOperation({ summary: 'Create an API key: shown once' })
  @ApiCreatedResponse({ type: CreatedApiKeyView })
  @Post()
  create(@Body() dto: CreateApiKeyDto) {
    return this.keys.create(dto.description ?? null);
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
