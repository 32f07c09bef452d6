import { Module } from '@nestjs/common';

import { MessagingModule } from '#tutti/messaging';

import { AttendanceController } from './attendance.controller.js';
import { AttendanceRepository } from './attendance.repository.js';
import { AttendanceService } from './attendance.service.js';
import { CalendarController } from './calendar.controller.js';
import { CalendarRepository } from './calendar.repository.js';
import { CalendarService } from './calendar.service.js';
import { EventsController, VenuesController } from './events.controller.js';
import { EventsRepository } from './events.repository.js';
import { EventsService } from './events.service.js';
import { MemberPageSections } from './member-page-sections.js';
import { MemberPagesController } from './member-pages.controller.js';
import { MemberPagesRepository } from './member-pages.repository.js';
import { MemberPagesService } from './member-pages.service.js';
import { PublicPagesController } from './public-pages.controller.js';
import { PublicPagesService } from './public-pages.service.js';
import { PublicSiteLinks } from './public-site-links.js';
import { WaitlistsRepository } from './waitlists.repository.js';
import { WaitlistsService } from './waitlists.service.js';

/**
 * The ensemble's season: venues, events, attendance, calendar feeds, public pages, waitlists,
 * members' own pages for absence notices. */
@Module({
  imports: [MessagingModule],
  controllers: [
    VenuesController,
    EventsController,
    AttendanceController,
    CalendarController,
    PublicPagesController,
    MemberPagesController,
  ],
  providers: [
    EventsService,
    EventsRepository,
    AttendanceService,
    AttendanceRepository,
    CalendarService,
    CalendarRepository,
    PublicPagesService,
    WaitlistsService,
    WaitlistsRepository,
    MemberPagesService,
    MemberPagesRepository,
    MemberPageSections,
    PublicSiteLinks,
  ],
  exports: [MemberPageSections, PublicSiteLinks, WaitlistsService],
})
export class EventsModule {}
