export { RankingsModule } from './rankings.module.js';
export type { RankingListView } from './rankings.repository.js';
export { RankingsService } from './rankings.service.js';
