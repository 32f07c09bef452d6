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
import { IsString, MaxLength } from 'class-validator';

import { Optional } from '#tutti/common';

import { ApiKeysService } from './api-keys.service.js';
import { Roles } from './auth.decorators.js';

export class CreateApiKeyDto {
  @ApiPropertyOptional({ example: 'Website concert calendar' })
  @Optional()
  @IsString()
  @MaxLength(200)
  description?: string;
}

@ApiTags('auth')
@ApiBearerAuth()
@Roles('admin')
@Controller('api/api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Post()
  create(@Body() dto: CreateApiKeyDto) {
    return this.keys.create(dto.description ?? null);
  }

  @Get()
  list() {
    return this.keys.list();
  }

  @Delete(':id')
  @HttpCode(204)
  revoke(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.keys.revoke(id);
  }
}
