import { Body, Controller, Get, Header, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { RequiresPermission } from '#tutti/auth';

import { AttendanceService } from './attendance.service.js';
import {
  AttendanceStatsView,
  MarkAttendanceDto,
  RosterQuery,
  RosterView,
  StatsQuery,
} from './dto/attendance.dto.js';

@ApiTags('attendance')
@ApiBearerAuth()
@RequiresPermission('season.read')
@Controller('api')
export class AttendanceController {
  constructor(private readonly attendance: AttendanceService) {}

  @ApiOperation({ summary: "An event's roster: expected members and their marks" })
  @ApiOkResponse({ type: RosterView })
  @Get('events/:id/attendance')
  roster(@Param('id') id: string, @Query() q: RosterQuery) {
    return this.attendance.roster(id, q.sectionId);
  }

  @ApiOperation({ summary: 'Mark attendance for many members at once' })
  @ApiOkResponse({ type: RosterView })
  @RequiresPermission('season.write')
  @Put('events/:id/attendance')
  mark(@Param('id') id: string, @Query() q: RosterQuery, @Body() dto: MarkAttendanceDto) {
    return this.attendance.mark(id, dto.marks, q.sectionId);
  }

  @ApiOperation({ summary: 'Attendance per member and per section over a period' })
  @ApiOkResponse({ type: AttendanceStatsView })
  @Get('attendance/stats')
  stats(@Query() q: StatsQuery) {
    return this.attendance.stats(q);
  }

  @ApiOperation({ summary: 'The members’ attendance over a period, as CSV' })
  @ApiOkResponse({
    description: 'CSV with a header row',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @Get('attendance/stats.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="attendance.csv"')
  csv(@Query() q: StatsQuery) {
    return this.attendance.statsCsv(q);
  }
}
