import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';

import { RequiresPermission } from '#tutti/auth';

import {
  CreateEndpointDto,
  DeliveryList,
  DeliveryView,
  EndpointList,
  EndpointView,
  EndpointWithSecretView,
  UpdateEndpointDto,
} from './dto/webhooks.dto.js';
import { WebhooksService } from './webhooks.service.js';

@ApiTags('webhooks')
@ApiBearerAuth()
@RequiresPermission('webhooks.manage')
@Controller('api/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @ApiOperation({ summary: "The ensemble's webhook endpoints" })
  @ApiOkResponse({ type: EndpointList })
  @Get('endpoints')
  list() {
    return this.webhooks.list();
  }

  @ApiOperation({ summary: 'Register an endpoint for some events (its secret is shown once)' })
  @ApiCreatedResponse({ type: EndpointWithSecretView })
  @Post('endpoints')
  create(@Body() dto: CreateEndpointDto) {
    return this.webhooks.create(dto);
  }

  @ApiOperation({ summary: 'Turn an endpoint off or on' })
  @ApiOkResponse({ type: EndpointView })
  @Patch('endpoints/:id')
  update(@Param('id') id: string, @Body() dto: UpdateEndpointDto) {
    return this.webhooks.update(id, dto);
  }

  @ApiOperation({ summary: 'A new signing secret (shown once; the old one stops at once)' })
  @ApiCreatedResponse({ type: EndpointWithSecretView })
  @Post('endpoints/:id/rotate-secret')
  rotate(@Param('id') id: string) {
    return this.webhooks.rotate(id);
  }

  @ApiOperation({ summary: 'Remove an endpoint and its deliveries' })
  @ApiNoContentResponse()
  @Delete('endpoints/:id')
  @HttpCode(204)
  remove(@Param('id') id: string) {
    return this.webhooks.remove(id);
  }

  @ApiOperation({ summary: 'The latest deliveries (100), newest first' })
  @ApiQuery({ name: 'endpointId', required: false })
  @ApiOkResponse({ type: DeliveryList })
  @Get('deliveries')
  deliveries(@Query('endpointId') endpointId?: string) {
    return this.webhooks.deliveries({
      endpointId: typeof endpointId === 'string' ? endpointId : undefined,
    });
  }

  @ApiOperation({ summary: 'Send a delivery again' })
  @ApiOkResponse({ type: DeliveryView })
  @Post('deliveries/:id/replay')
  @HttpCode(200)
  replay(@Param('id') id: string) {
    return this.webhooks.replay(id);
  }
}
