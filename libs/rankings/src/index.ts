export { RankingsModule } from './rankings.module.js';
export { RankingsService } from './rankings.service.js';
export type { RankingListView } from './rankings.repository.js';
