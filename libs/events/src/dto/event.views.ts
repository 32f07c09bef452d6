import { ApiProperty } from '@nestjs/swagger';

import { CursorPageOf, PageOf } from '#tutti/common';

import { EVENT_STATUSES, EVENT_TYPES } from './event.dto.js';

export class VenueView {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) address: string | null;
  @ApiProperty({ type: String, nullable: true }) city: string | null;
  @ApiProperty({ type: Number, nullable: true }) latitude: number | null;
  @ApiProperty({ type: Number, nullable: true }) longitude: number | null;
  @ApiProperty({ type: String, nullable: true }) directions: string | null;
  @ApiProperty({ type: String, nullable: true }) parking: string | null;
  @ApiProperty({ type: Number, nullable: true }) capacity: number | null;
}

export class VenuePage extends PageOf(VenueView) {}

class EventProjectView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class EventView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'varkonsert-2027-03-08' }) slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: EVENT_TYPES }) type: string;
  @ApiProperty({ enum: EVENT_STATUSES }) status: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty({ type: Date, nullable: true }) callTime: Date | null;
  @ApiProperty({ type: String, nullable: true }) dressCode: string | null;
  @ApiProperty({ type: Number, nullable: true }) capacity: number | null;
  @ApiProperty({ type: VenueView, nullable: true }) venue: VenueView | null;
  @ApiProperty({ type: EventProjectView, nullable: true }) project: EventProjectView | null;
  @ApiProperty({ type: String, nullable: true, description: 'Shared by a weekly series' })
  seriesId: string | null;
}

/** Pages by number or, for a long season, by cursor (start time, then id). */
export class EventPage extends CursorPageOf(EventView) {}

export class EventSeriesView {
  @ApiProperty({ type: [EventView] }) items: EventView[];
}

export class PieceView {
  @ApiProperty() position: number;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) composer: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The library's piece" })
  pieceId: string | null;
}

class NoteSectionView {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
}

export class NoteView {
  @ApiProperty() id: number;
  @ApiProperty() body: string;
  @ApiProperty({ type: NoteSectionView, nullable: true }) section: NoteSectionView | null;
  @ApiProperty() createdAt: Date;
}

class WaitlistCounts {
  @ApiProperty({ description: 'Holding a place' }) confirmed: number;
  @ApiProperty({ description: 'Confirmed their address, waiting for a place' }) waiting: number;
  @ApiProperty({ description: 'Not confirmed their address yet' }) pending: number;
}

export class EventDetailView extends EventView {
  @ApiProperty({ type: [PieceView] }) programme: PieceView[];
  @ApiProperty({ type: [NoteView] }) notes: NoteView[];
  @ApiProperty({ type: WaitlistCounts }) places: WaitlistCounts;
}

export class WaitlistEntryView {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ['pending', 'waiting', 'confirmed', 'cancelled', 'expired'] })
  status: string;
  @ApiProperty({ enum: ['sv', 'en'] }) language: string;
  @ApiProperty() joinedAt: Date;
  @ApiProperty({ description: 'When consent was given' }) consentAt: Date;
  @ApiProperty({ type: Date, nullable: true }) emailConfirmedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) placeGivenAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) leftAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) expiredAt: Date | null;
}

/** An event's waitlist and its history, in the order people joined; by page or cursor. */
export class WaitlistView extends CursorPageOf(WaitlistEntryView) {}
