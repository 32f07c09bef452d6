import {
  Body,
  Controller,
  Get,
  HttpCode,
  Ip,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Public } from '#tutti/auth';

import {
  SignupDto,
  SignupOptionsView,
  SignupStatusView,
  SignupView,
  SubdomainAvailability,
  SubdomainQuery,
} from './billing.dto.js';
import { SignupService } from './signup.service.js';

/** Self-service sign-up, on the central domain, open to anyone (rate-limited per address). */
@ApiTags('signup')
@Public()
@Controller('platform/signup')
export class SignupController {
  constructor(private readonly signup: SignupService) {}

  @ApiOperation({ summary: 'The plans on offer, the trial, and whether paying now is possible' })
  @ApiOkResponse({ type: SignupOptionsView })
  @Get('options')
  options() {
    return this.signup.options();
  }

  @ApiOperation({ summary: 'Whether a subdomain can be had (format, reserved names, taken)' })
  @ApiOkResponse({ type: SubdomainAvailability })
  @Get('availability')
  availability(@Query() q: SubdomainQuery, @Ip() ip: string) {
    return this.signup.availability(q.subdomain, ip);
  }

  @ApiOperation({ summary: 'Sign an ensemble up: provisioned now, on a trial or via Checkout' })
  @ApiCreatedResponse({ type: SignupView })
  @Post()
  @HttpCode(201)
  create(@Body() dto: SignupDto, @Ip() ip: string) {
    return this.signup.signUp(dto, ip);
  }

  @ApiOperation({ summary: 'How far the sign-up has come (provisioning, active)' })
  @ApiOkResponse({ type: SignupStatusView })
  @Get(':id')
  status(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string) {
    return this.signup.status(id);
  }
}
