import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import { RequiresPermission } from '#tutti/auth';

import { CustomDomainsService } from './custom-domains.service.js';
import { DomainView, SetDomainDto } from './domain.dto.js';

@ApiTags('domain')
@ApiBearerAuth()
@RequiresPermission('domain.manage')
@Controller('api/domain')
export class CustomDomainsController {
  constructor(private readonly domains: CustomDomainsService) {}

  @ApiOperation({ summary: "The ensemble's custom domain and the record that verifies it" })
  @ApiOkResponse({ type: DomainView })
  @Get()
  show() {
    return this.domains.show();
  }

  @ApiOperation({ summary: 'Name a custom domain (it serves only once verified)' })
  @ApiOkResponse({ type: DomainView })
  @Put()
  set(@Body() dto: SetDomainDto) {
    return this.domains.set(dto.domain);
  }

  @ApiOperation({ summary: 'Look up the TXT record now; verified when it holds the token' })
  @ApiOkResponse({ type: DomainView })
  @Post('verify')
  @HttpCode(200)
  verify() {
    return this.domains.verify();
  }

  @ApiOperation({ summary: 'Remove the custom domain: it stops serving at once' })
  @ApiNoContentResponse()
  @Delete()
  @HttpCode(204)
  remove() {
    return this.domains.remove();
  }
}
