import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import { RequiresPermission, SignedIn } from './auth.decorators.js';
import {
  AccessCatalogueView,
  ChangeStaffDto,
  InviteStaffDto,
  StaffMemberView,
} from './dto/staff.dto.js';
import { StaffService } from './staff.service.js';

@ApiTags('staff')
@ApiBearerAuth()
@RequiresPermission('staff.manage')
@Controller('api/staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @ApiOperation({ summary: 'The roles and the permissions they are made of' })
  @ApiOkResponse({ type: AccessCatalogueView })
  @SignedIn()
  @Get('roles')
  catalogue() {
    return this.staff.catalogue();
  }

  @ApiOperation({ summary: "The ensemble's accounts: invited, active and deactivated" })
  @ApiOkResponse({ type: [StaffMemberView] })
  @Get()
  list() {
    return this.staff.list();
  }

  @ApiOperation({ summary: 'Invite someone by email (again, to resend an unused invitation)' })
  @ApiCreatedResponse({ type: StaffMemberView })
  @Post('invitations')
  invite(@Body() dto: InviteStaffDto) {
    return this.staff.invite(dto);
  }

  @ApiOperation({ summary: "Change someone's role or extra permissions" })
  @ApiOkResponse({ type: StaffMemberView })
  @Patch(':id')
  change(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ChangeStaffDto) {
    return this.staff.change(id, dto);
  }

  @ApiOperation({ summary: 'Deactivate: sessions end and their API keys are revoked at once' })
  @ApiOkResponse({ type: StaffMemberView })
  @Post(':id/deactivate')
  @HttpCode(200)
  deactivate(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.staff.deactivate(id);
  }

  @ApiOperation({ summary: 'Reactivate a deactivated account' })
  @ApiOkResponse({ type: StaffMemberView })
  @Post(':id/reactivate')
  @HttpCode(200)
  reactivate(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.staff.reactivate(id);
  }
}
