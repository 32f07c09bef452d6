import { ApiProperty } from '@nestjs/swagger';

class Ref {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

class AskedNow {
  @ApiProperty() requestId: string;
  @ApiProperty({ type: Ref }) musician: Ref;
  @ApiProperty() deadlineAt: Date;
}

class RunningNeed {
  @ApiProperty() id: string;
  @ApiProperty({ type: Ref }) project: Ref;
  @ApiProperty() projectStartDate: Date;
  @ApiProperty({ example: 'Violin 1 (Tutti)' }) position: string;
  @ApiProperty({ enum: ['sequential', 'parallel', 'first_come'] }) strategy: string;
  @ApiProperty({ enum: ['active', 'paused', 'exhausted'] }) status: string;
  @ApiProperty() quantity: number;
  @ApiProperty() accepted: number;
  @ApiProperty({ type: [Ref] }) acceptedBy: Ref[];
  @ApiProperty({ type: [AskedNow], description: 'Who is being asked now' }) pending: AskedNow[];
}

class RecentAnswer {
  @ApiProperty() requestId: string;
  @ApiProperty({ type: Ref }) musician: Ref;
  @ApiProperty({ type: Ref }) project: Ref;
  @ApiProperty() needId: string;
  @ApiProperty() position: string;
  @ApiProperty({ enum: ['accepted', 'declined'] }) status: string;
  @ApiProperty() respondedAt: Date;
  @ApiProperty() answeredByAdmin: boolean;
}

export class DashboardView {
  @ApiProperty({ type: [RunningNeed], description: 'Active and paused needs' })
  running: RunningNeed[];
  @ApiProperty({ type: [RunningNeed], description: 'Needs whose list ran out' })
  exhausted: RunningNeed[];
  @ApiProperty({ type: [RecentAnswer] }) recentAnswers: RecentAnswer[];
}
