import { Module } from '@nestjs/common';

import { BrandingController, BrandingImagesController } from './branding.controller.js';
import { BrandingService } from './branding.service.js';

/** The ensemble's colours, logo and icon. */
@Module({
  controllers: [BrandingController, BrandingImagesController],
  providers: [BrandingService],
})
export class BrandingModule {}
