import { ApiProperty } from '@nestjs/swagger';

import { PageOf } from '#tutti/common';

class RankingEntryView {
  @ApiProperty({ description: '1 = asked first' }) rank: number;
  @ApiProperty() musicianId: string;
  @ApiProperty() name: string;
}

export class RankingListView {
  @ApiProperty() id: number;
  @ApiProperty() positionId: number;
  @ApiProperty({ example: 'A' }) listType: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: [RankingEntryView] }) entries: RankingEntryView[];
}

export class RankingListPage extends PageOf(RankingListView) {}
