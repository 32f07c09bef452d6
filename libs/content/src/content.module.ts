import { Module } from '@nestjs/common';

import { EventsModule } from '#tutti/events';
import { MessagingModule } from '#tutti/messaging';

import { AnnouncementsRepository } from './announcements.repository.js';
import { AnnouncementsService } from './announcements.service.js';
import {
  AnnouncementsController,
  PagesController,
  PublicContentController,
} from './content.controller.js';
import { MemberInboxSection } from './member-inbox.section.js';
import { PagesRepository } from './pages.repository.js';
import { PagesService } from './pages.service.js';
import { PublicContentService } from './public-content.service.js';

/** Pages of the public site with their versions; announcements to members with receipts. */
@Module({
  imports: [EventsModule, MessagingModule],
  controllers: [PagesController, AnnouncementsController, PublicContentController],
  providers: [
    PagesService,
    PagesRepository,
    PublicContentService,
    AnnouncementsService,
    AnnouncementsRepository,
    MemberInboxSection,
  ],
})
export class ContentModule {}
