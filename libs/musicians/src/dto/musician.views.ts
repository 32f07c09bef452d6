import { ApiProperty } from '@nestjs/swagger';

import { PageOf } from '#tutti/common';

export class MusicianView {
  @ApiProperty({ example: 'MUS-00012' }) id: string;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty() email: string;
  @ApiProperty({ type: String, nullable: true, example: '+46701234567' }) phone: string | null;
  @ApiProperty({ enum: ['sv', 'en'] }) preferredLanguage: string;
  @ApiProperty() localResidence: boolean;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty() isActive: boolean;
  @ApiProperty() isArchived: boolean;
  @ApiProperty() smsOptedOut: boolean;
  @ApiProperty({
    enum: ['active', 'inactive', 'leave_of_absence', 'alumni', 'audition', 'pending', 'substitute'],
  })
  membershipStatus: string;
  @ApiProperty({ type: String, nullable: true, example: '2019-08-20' }) joinedOn: string | null;
  @ApiProperty({ type: String, nullable: true }) leftOn: string | null;
  @ApiProperty({ type: String, nullable: true }) emergencyName: string | null;
  @ApiProperty({ type: String, nullable: true }) emergencyPhone: string | null;
  @ApiProperty({ type: String, nullable: true }) emergencyEmail: string | null;
  @ApiProperty({ type: String, nullable: true }) photoUrl: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class MusicianPage extends PageOf(MusicianView) {}

export class QualificationsView {
  @ApiProperty() id: string;
  @ApiProperty({ type: [Number] }) positionIds: number[];
}

export class MusicianStatsView {
  @ApiProperty() id: string;
  @ApiProperty() received: number;
  @ApiProperty() accepted: number;
  @ApiProperty() declined: number;
  @ApiProperty() timedOut: number;
  @ApiProperty({ type: Number, nullable: true }) medianMinutesToAnswer: number | null;
}

export class PositionView {
  @ApiProperty() id: number;
  @ApiProperty() instrumentId: number;
  @ApiProperty({ example: 'Tutti' }) name: string;
  @ApiProperty({ description: '0 = leader; higher = further back' }) hierarchyLevel: number;
}

export class InstrumentView {
  @ApiProperty() id: number;
  @ApiProperty({ example: 'Violin' }) name: string;
  @ApiProperty() displayOrder: number;
  @ApiProperty({ type: [PositionView] }) positions: PositionView[];
}

export class InstrumentPage extends PageOf(InstrumentView) {}

class ImportRejection {
  @ApiProperty({ description: 'Line in the file (1 = header)' }) line: number;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: [String] }) errors: string[];
}

export class ImportReportView {
  @ApiProperty() imported: number;
  @ApiProperty({ type: [ImportRejection] }) rejected: ImportRejection[];
}

export class MusicianInstrumentView {
  @ApiProperty() instrumentId: number;
  @ApiProperty() name: string;
  @ApiProperty() isPrimary: boolean;
}

export class MusicianInstrumentsView {
  @ApiProperty() id: string;
  @ApiProperty({ type: [MusicianInstrumentView] }) instruments: MusicianInstrumentView[];
}
