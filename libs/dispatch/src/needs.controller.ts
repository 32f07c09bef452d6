import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Roles } from '#tutti/auth';
import { ProjectsService } from '#tutti/projects';
import { DispatchService } from './dispatch.service.js';

export class RaiseQuantityDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(100)
  quantity: number;
}

export class AdminAnswerDto {
  @ApiProperty({ enum: ['accept', 'decline'] })
  @IsIn(['accept', 'decline'], { message: 'answer must be accept or decline' })
  answer: 'accept' | 'decline';

  @ApiPropertyOptional({ example: 'Answered by phone' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  message?: string;
}

@ApiTags('needs')
@ApiBearerAuth()
@Roles('admin', 'staff')
@Controller('api')
export class NeedsController {
  constructor(
    private readonly dispatch: DispatchService,
    private readonly projects: ProjectsService,
  ) {}

  /** Who would be asked now, in order, and who is skipped and why. */
  @Get('needs/:id/preview')
  async preview(@Param('id') id: string) {
    const p = (await this.dispatch.preview(await this.projects.needIdOf(id)))!;
    return {
      wouldAsk: p.candidates.map((c) => ({ musicianId: c.musicianId, name: c.name, rank: c.rank })),
      skipped: p.skipped.map((s) => ({
        musicianId: s.musician.musicianId,
        name: s.musician.name,
        rank: s.musician.rank,
        reason: s.reason,
      })),
    };
  }

  @Post('needs/:id/start')
  @HttpCode(202)
  async start(@Param('id') id: string) {
    await this.dispatch.startNeed(await this.projects.needIdOf(id));
    return { id, status: 'active' };
  }

  @Post('needs/:id/pause')
  @HttpCode(200)
  async pause(@Param('id') id: string) {
    await this.dispatch.pauseNeed(await this.projects.needIdOf(id));
    return { id, status: 'paused' };
  }

  @Post('needs/:id/resume')
  @HttpCode(202)
  async resume(@Param('id') id: string) {
    await this.dispatch.resumeNeed(await this.projects.needIdOf(id));
    return { id, status: 'active' };
  }

  @Post('needs/:id/cancel')
  @HttpCode(200)
  async cancel(@Param('id') id: string) {
    await this.dispatch.closeNeed(await this.projects.needIdOf(id), 'cancelled');
    return { id, status: 'cancelled' };
  }

  @Post('needs/:id/complete')
  @HttpCode(200)
  async complete(@Param('id') id: string) {
    await this.dispatch.closeNeed(await this.projects.needIdOf(id), 'completed');
    return { id, status: 'completed' };
  }

  @Patch('needs/:id')
  @HttpCode(202)
  async raise(@Param('id') id: string, @Body() dto: RaiseQuantityDto) {
    await this.dispatch.raiseQuantity(await this.projects.needIdOf(id), dto.quantity);
    return { id, quantity: dto.quantity };
  }

  /** An answer taken by phone, recorded on the musician's behalf and marked so. */
  @Post('requests/:id/answer')
  @HttpCode(200)
  async answer(@Param('id') id: string, @Body() dto: AdminAnswerDto) {
    const outcome = await this.dispatch.answer(
      await this.projects.requestIdOf(id),
      dto.answer === 'accept',
      dto.message ?? null,
      true,
    );
    return { outcome: outcome.kind };
  }
}
