import { ApiProperty } from '@nestjs/swagger';

import { CursorPageOf } from '#tutti/common';

import { MEMBERSHIP_STATUSES, PAGE_STATUSES } from './content.dto.js';

export class PageView {
  @ApiProperty() pageId: string;
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ description: 'Sanitised HTML' }) body: string;
  @ApiProperty({ enum: PAGE_STATUSES }) status: string;
  @ApiProperty({ type: Date, nullable: true }) publishAt: Date | null;
  @ApiProperty() version: number;
  @ApiProperty({ description: 'Shown on the public site now' }) isLive: boolean;
  @ApiProperty() updatedAt: Date;
}

export class PageVersionView {
  @ApiProperty() version: number;
  @ApiProperty() title: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: String, nullable: true }) createdBy: string | null;
}

export class PageDetailView extends PageView {
  @ApiProperty({ type: [PageVersionView] }) versions: PageVersionView[];
}

export class PageListPage extends CursorPageOf(PageView) {}

class SectionRef {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
}

export class AnnouncementView {
  @ApiProperty() announcementId: string;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty() isUrgent: boolean;
  @ApiProperty({ enum: ['draft', 'published', 'archived'] }) status: string;
  @ApiProperty({ type: [SectionRef] }) sections: SectionRef[];
  @ApiProperty({ enum: MEMBERSHIP_STATUSES, isArray: true }) statuses: string[];
  @ApiProperty({ type: Date, nullable: true }) publishedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) expiresAt: Date | null;
  @ApiProperty() recipients: number;
  @ApiProperty() read: number;
  @ApiProperty() createdAt: Date;
}

export class ReceiptView {
  @ApiProperty() musicianId: string;
  @ApiProperty() name: string;
  @ApiProperty() deliveredAt: Date;
  @ApiProperty({ type: Date, nullable: true }) readAt: Date | null;
}

export class AnnouncementDetailView extends AnnouncementView {
  @ApiProperty({ type: [ReceiptView] }) receipts: ReceiptView[];
}

export class AnnouncementPage extends CursorPageOf(AnnouncementView) {}
