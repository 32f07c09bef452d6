import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';

import { RequiresPermission } from '#tutti/auth';

import { GroupEmailDto } from './dto/group-email.dto.js';
import { GroupEmailService } from './group-email.service.js';

class GroupEmailQueued {
  @ApiProperty({ description: 'How many booked musicians it is queued for' }) recipients: number;
}

@ApiTags('projects')
@ApiBearerAuth()
@RequiresPermission('messaging.send')
@Controller('api/projects')
export class GroupEmailController {
  constructor(private readonly groupEmail: GroupEmailService) {}

  /** An email to everyone booked in the project. */
  @Post(':id/group-email')
  @ApiOperation({ summary: 'Email everyone booked in the project' })
  @ApiAcceptedResponse({ type: GroupEmailQueued })
  @HttpCode(202)
  send(@Param('id') id: string, @Body() dto: GroupEmailDto) {
    return this.groupEmail.send(id, dto);
  }
}
