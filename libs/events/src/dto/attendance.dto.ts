import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { IsCalendarDate, MAX_INT4, Optional } from '#tutti/common';

export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused', 'late', 'left_early'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
const statusMessage = `status must be one of ${ATTENDANCE_STATUSES.join(', ')}`;

export class RosterQuery {
  @ApiPropertyOptional({ description: 'Only the members of this section' })
  @Optional()
  @Type(() => Number)
  @IsInt({ message: 'sectionId must be a section id' })
  @Min(1)
  @Max(MAX_INT4)
  sectionId?: number;
}

export class AttendanceMarkDto {
  @ApiProperty({ description: "The member's id" })
  @IsDefined({ message: '$property is required' })
  @IsString()
  @MaxLength(40)
  musicianId: string;

  @ApiProperty({ enum: ATTENDANCE_STATUSES })
  @IsDefined({ message: '$property is required' })
  @IsIn(ATTENDANCE_STATUSES, { message: statusMessage })
  status: AttendanceStatus;

  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(500) reason?: string;
}

export class MarkAttendanceDto {
  @ApiProperty({
    type: [AttendanceMarkDto],
    description: 'One mark per member; a new mark replaces the old',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AttendanceMarkDto)
  marks: AttendanceMarkDto[];
}

export class StatsQuery {
  @ApiProperty({ example: '2027-01-01' })
  @IsDefined({ message: '$property is required' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({ example: '2027-06-30', description: 'Inclusive' })
  @IsDefined({ message: '$property is required' })
  @IsCalendarDate()
  to: string;
}

class RosterMember {
  @ApiProperty() id: string;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
}

export class RosterEntryView {
  @ApiProperty({ type: RosterMember }) member: RosterMember;
  @ApiProperty({ type: [String] }) sections: string[];
  @ApiProperty({ enum: ATTENDANCE_STATUSES, nullable: true, type: String })
  status: AttendanceStatus | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: Date, nullable: true, description: 'Given ahead by the member' })
  noticeAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) markedAt: Date | null;
}

export class RosterView {
  @ApiProperty() eventId: string;
  @ApiProperty({ type: [RosterEntryView] }) items: RosterEntryView[];
}

class StatCounts {
  @ApiProperty() events: number;
  @ApiProperty() present: number;
  @ApiProperty() late: number;
  @ApiProperty() leftEarly: number;
  @ApiProperty() absent: number;
  @ApiProperty() excused: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Attended (present, late, left early) of the events not excused, 0..1',
  })
  rate: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: "The period's second half's rate minus its first half's",
  })
  trend: number | null;
}

export class MemberStatsView extends StatCounts {
  @ApiProperty() id: string;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
}

export class SectionStatsView extends StatCounts {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
}

export class AttendanceStatsView {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ description: 'Events in the period that were not cancelled' }) events: number;
  @ApiProperty({ type: [MemberStatsView] }) members: MemberStatsView[];
  @ApiProperty({ type: [SectionStatsView] }) sections: SectionStatsView[];
}
