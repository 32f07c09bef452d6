export { RankingsModule } from './rankings.module.js';
