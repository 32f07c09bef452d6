import { Module } from '@nestjs/common';

import { DashboardController } from './dashboard.controller.js';
import { DashboardService } from './dashboard.service.js';
import { ProjectsController } from './projects.controller.js';
import { ProjectsRepository } from './projects.repository.js';
import { ProjectsService } from './projects.service.js';

@Module({
  controllers: [ProjectsController, DashboardController],
  providers: [ProjectsService, DashboardService, ProjectsRepository],
  exports: [ProjectsService],
})
export class ProjectsModule {}
