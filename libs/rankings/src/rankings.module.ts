import { Module } from '@nestjs/common';
import { RankingsController } from './rankings.controller.js';
import { RankingsRepository } from './rankings.repository.js';

@Module({ controllers: [RankingsController], providers: [RankingsRepository] })
export class RankingsModule {}
