import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { PageOf } from '#tutti/common';

class Candidate {
  @ApiProperty() musicianId: string;
  @ApiProperty() name: string;
  @ApiProperty() rank: number;
}

class SkippedCandidate extends Candidate {
  @ApiProperty({
    enum: ['inactive', 'archived', 'not-qualified', 'not-local', 'already-asked-in-project'],
    description: 'Why this musician is not asked',
  })
  reason: string;
}

export class NeedPreviewView {
  @ApiProperty({ type: [Candidate], description: 'Who would be asked now, in order' })
  wouldAsk: Candidate[];
  @ApiProperty({ type: [SkippedCandidate] }) skipped: SkippedCandidate[];
}

export class NeedStateView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['draft', 'active', 'paused', 'exhausted', 'completed', 'cancelled'] })
  status: string;
  @ApiPropertyOptional({ description: 'Requests withdrawn when the need closed' })
  withdrawn?: number;
}

export class NeedQuantityView {
  @ApiProperty() id: string;
  @ApiProperty() quantity: number;
}

export class AnswerOutcomeView {
  @ApiProperty({
    enum: ['accepted', 'declined', 'full', 'need-closed', 'already-answered', 'expired'],
  })
  outcome: string;
  @ApiPropertyOptional() needStatus?: string;
  @ApiPropertyOptional() requestStatus?: string;
}

export class NeedFileView {
  @ApiProperty() id: number;
  @ApiProperty() fileName: string;
  @ApiProperty() mimeType: string;
  @ApiProperty() size: number;
  @ApiProperty({ enum: ['on_request', 'after_accept'] }) sendTiming: string;
  @ApiProperty() createdAt: Date;
}

export class NeedFilePage extends PageOf(NeedFileView) {}
