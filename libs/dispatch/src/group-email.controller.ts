import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { Roles } from '#tutti/auth';
import { MessagingService } from '#tutti/messaging';
import { ProjectsService } from '#tutti/projects';

export class GroupEmailDto {
  @ApiProperty({ example: 'Schema för vecka 10' }) @IsString() @Length(1, 300) subject: string;
  @ApiProperty({ example: 'Hej {{firstName}}! Här kommer schemat…' })
  @IsString()
  @Length(1, 20_000)
  body: string;
}

@ApiTags('projects')
@ApiBearerAuth()
@Roles('admin', 'staff')
@Controller('api/projects')
export class GroupEmailController {
  constructor(
    private readonly projects: ProjectsService,
    private readonly messaging: MessagingService,
  ) {}

  /** An email to everyone booked in the project. */
  @Post(':id/group-email')
  @HttpCode(202)
  async send(@Param('id') id: string, @Body() dto: GroupEmailDto) {
    const recipients = await this.messaging.sendGroupEmail(
      await this.projects.internalIdOf(id),
      dto.subject,
      dto.body,
    );
    return { recipients };
  }
}
