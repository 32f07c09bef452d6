import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import { RequiresPermission } from '#tutti/auth';
import { CursorQuery, PageQuery } from '#tutti/common';

import {
  CreateEventDto,
  CreateNoteDto,
  CreateSeriesDto,
  CreateVenueDto,
  ListEventsQuery,
  SetProgrammeDto,
  UpdateEventDto,
} from './dto/event.dto.js';
import {
  EventDetailView,
  EventPage,
  EventSeriesView,
  EventView,
  VenuePage,
  VenueView,
  WaitlistView,
} from './dto/event.views.js';
import { EventsService } from './events.service.js';

@ApiTags('events')
@ApiBearerAuth()
@RequiresPermission('season.read')
@Controller('api/venues')
export class VenuesController {
  constructor(private readonly events: EventsService) {}

  @ApiOperation({ summary: 'Venues, by name' })
  @ApiOkResponse({ type: VenuePage })
  @Get()
  list(@Query() q: PageQuery) {
    return this.events.venues(q);
  }

  @ApiOperation({ summary: 'Add a venue (address, coordinates, directions, parking)' })
  @ApiCreatedResponse({ type: VenueView })
  @RequiresPermission('season.write')
  @Post()
  create(@Body() dto: CreateVenueDto) {
    return this.events.createVenue(dto);
  }
}

@ApiTags('events')
@ApiBearerAuth()
@RequiresPermission('season.read')
@Controller('api/events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @ApiOperation({ summary: 'Create an event (draft unless published)' })
  @ApiCreatedResponse({ type: EventView })
  @RequiresPermission('season.write')
  @Post()
  create(@Body() dto: CreateEventDto) {
    return this.events.create(dto);
  }

  @ApiOperation({ summary: 'Create a weekly series (rehearsals), with dates left out' })
  @ApiCreatedResponse({ type: EventSeriesView })
  @RequiresPermission('season.write')
  @Post('series')
  series(@Body() dto: CreateSeriesDto) {
    return this.events.createSeries(dto);
  }

  @ApiOperation({ summary: 'Events by start time, filtered by period, type, status, project' })
  @ApiOkResponse({ type: EventPage })
  @Get()
  list(@Query() q: ListEventsQuery) {
    return this.events.list(q);
  }

  @ApiOperation({ summary: 'An event with its programme, notes and places' })
  @ApiOkResponse({ type: EventDetailView })
  @Get(':id')
  get(@Param('id') id: string) {
    return this.events.get(id);
  }

  @ApiOperation({ summary: 'Change an event; publish or cancel it through status' })
  @ApiOkResponse({ type: EventDetailView })
  @RequiresPermission('season.write')
  @Patch(':id')
  update(@Param('id') id: string, @Body() dto: UpdateEventDto) {
    return this.events.update(id, dto);
  }

  @ApiOperation({ summary: 'Delete a draft (a published event is cancelled instead)' })
  @ApiNoContentResponse()
  @HttpCode(204)
  @RequiresPermission('season.write')
  @Delete(':id')
  remove(@Param('id') id: string) {
    return this.events.deleteDraft(id);
  }

  @ApiOperation({ summary: "Replace a concert's programme (in playing order)" })
  @ApiOkResponse({ type: EventDetailView })
  @RequiresPermission('season.write')
  @Put(':id/programme')
  programme(@Param('id') id: string, @Body() dto: SetProgrammeDto) {
    return this.events.setProgramme(id, dto.pieces);
  }

  @ApiOperation({ summary: 'Add a note for everyone or for one section' })
  @ApiCreatedResponse({ type: EventDetailView })
  @RequiresPermission('season.write')
  @Post(':id/notes')
  note(@Param('id') id: string, @Body() dto: CreateNoteDto) {
    return this.events.addNote(id, dto);
  }

  @ApiOperation({ summary: "An event's waitlist and its history, in the order people joined" })
  @ApiOkResponse({ type: WaitlistView })
  @Get(':id/waitlist')
  waitlist(@Param('id') id: string, @Query() q: CursorQuery) {
    return this.events.waitlist(id, q);
  }

  @ApiOperation({ summary: 'Take someone off the waitlist; a freed place goes to the next' })
  @ApiNoContentResponse()
  @HttpCode(204)
  @RequiresPermission('season.write')
  @Delete(':id/waitlist/:entryId')
  removeEntry(@Param('id') id: string, @Param('entryId') entryId: string) {
    return this.events.removeFromWaitlist(id, entryId);
  }
}
