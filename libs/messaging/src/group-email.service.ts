import { Injectable } from '@nestjs/common';

import { ProjectsService } from '#tutti/projects';

import type { GroupEmailDto } from './dto/group-email.dto.js';
import { SendGroupEmail } from './send-group-email.use-case.js';

@Injectable()
export class GroupEmailService {
  constructor(
    private readonly projects: ProjectsService,
    private readonly sendGroupEmail: SendGroupEmail,
  ) {}

  async send(projectId: string, dto: GroupEmailDto) {
    const recipients = await this.sendGroupEmail.execute({
      projectId: await this.projects.internalIdOf(projectId),
      subject: dto.subject,
      body: dto.body,
    });
    return { recipients };
  }
}
