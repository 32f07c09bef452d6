import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiConsumes,
  ApiExcludeEndpoint,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';

import { Public, RequiresPermission } from '#tutti/auth';
import { DomainError } from '#tutti/common';

import { BrandingColoursDto, BrandingView } from './branding.dto.js';
import { BRANDING_UPLOAD_LIMITS, BrandingService, type UploadedImage } from './branding.service.js';

const Image = () => UseInterceptors(FileInterceptor('file', { limits: BRANDING_UPLOAD_LIMITS }));

@ApiTags('branding')
@ApiBearerAuth()
@RequiresPermission('branding.manage')
@Controller('api/branding')
export class BrandingController {
  constructor(private readonly branding: BrandingService) {}

  @ApiOperation({ summary: "The ensemble's colours, logo and browser icon" })
  @ApiOkResponse({ type: BrandingView })
  @Get()
  show() {
    return this.branding.show();
  }

  @ApiOperation({ summary: 'Set colours (refused when too faint where they are used)' })
  @ApiOkResponse({ type: BrandingView })
  @Put('colours')
  colours(@Body() dto: BrandingColoursDto) {
    return this.branding.setColours(dto);
  }

  @ApiOperation({ summary: 'Upload the logo (PNG, JPEG or WebP, at most 512 KB; "file")' })
  @ApiConsumes('multipart/form-data')
  @ApiOkResponse({ type: BrandingView })
  @Post('logo')
  @HttpCode(200)
  @Image()
  logo(@UploadedFile() file: UploadedImage | undefined) {
    return this.branding.upload('logo', file);
  }

  @ApiOperation({ summary: 'Upload the browser icon (PNG or ICO, at most 100 KB; "file")' })
  @ApiConsumes('multipart/form-data')
  @ApiOkResponse({ type: BrandingView })
  @Post('favicon')
  @HttpCode(200)
  @Image()
  favicon(@UploadedFile() file: UploadedImage | undefined) {
    return this.branding.upload('favicon', file);
  }

  @ApiOperation({ summary: 'Remove the logo' })
  @ApiOkResponse({ type: BrandingView })
  @Delete('logo')
  removeLogo() {
    return this.branding.removeImage('logo');
  }

  @ApiOperation({ summary: 'Remove the browser icon' })
  @ApiOkResponse({ type: BrandingView })
  @Delete('favicon')
  removeFavicon() {
    return this.branding.removeImage('favicon');
  }
}

/** The ensemble's current logo and icon on its own host; a new image is a new address. */
@Controller()
export class BrandingImagesController {
  constructor(private readonly branding: BrandingService) {}

  @ApiExcludeEndpoint()
  @Public()
  @Get('public/branding/:name')
  async image(@Param('name') name: string, @Res() res: Response) {
    const found = await this.branding.image(name);
    if (!found) throw new DomainError('branding/not-found', 'not_found', 'No such image');
    res
      .status(200)
      .type(found.contentType)
      .set('Cache-Control', 'public, max-age=31536000, immutable')
      .send(found.content);
  }
}
