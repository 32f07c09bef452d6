import { Module } from '@nestjs/common';

import { BackupsModule } from '#tutti/backups';

import { DatabaseServersController } from './database-servers.controller.js';
import { DatabaseServersService } from './database-servers.service.js';
import { MoveOffServer } from './move-off-server.use-case.js';
import { TenantMoveJobs } from './tenant-move.jobs.js';
import { MoveObserver, NoopMoveObserver, TenantMovePipeline } from './tenant-move.pipeline.js';
import { TenantMovesService } from './tenant-moves.service.js';

@Module({
  imports: [BackupsModule],
  controllers: [DatabaseServersController],
  providers: [
    DatabaseServersService,
    TenantMovesService,
    MoveOffServer,
    TenantMovePipeline,
    TenantMoveJobs,
    { provide: MoveObserver, useClass: NoopMoveObserver },
  ],
  exports: [TenantMovePipeline, DatabaseServersService],
})
export class DatabaseServersModule {}
