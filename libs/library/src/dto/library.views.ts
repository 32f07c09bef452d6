import { ApiProperty } from '@nestjs/swagger';

import { CursorPageOf } from '#tutti/common';

import { DIFFICULTIES, FILE_KINDS } from './library.dto.js';

export class MusicFileView {
  @ApiProperty() fileId: string;
  @ApiProperty({ enum: FILE_KINDS }) kind: string;
  @ApiProperty() fileName: string;
  @ApiProperty() mimeType: string;
  @ApiProperty() size: number;
  @ApiProperty({ description: 'SHA-256 of the content, hex' }) sha256: string;
  @ApiProperty() uploadedAt: Date;
  @ApiProperty() downloads: number;
}

export class MusicPartView {
  @ApiProperty() partId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: Number, nullable: true }) instrumentId: number | null;
  @ApiProperty({ type: String, nullable: true }) instrument: string | null;
  @ApiProperty({ type: String, nullable: true }) fileId: string | null;
  @ApiProperty() isOptional: boolean;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
}

export class LibraryPieceView {
  @ApiProperty() pieceId: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) subtitle: string | null;
  @ApiProperty({ type: String, nullable: true }) composer: string | null;
  @ApiProperty({ type: String, nullable: true }) arranger: string | null;
  @ApiProperty({ type: String, nullable: true }) publisher: string | null;
  @ApiProperty({ enum: DIFFICULTIES, nullable: true }) difficulty: string | null;
  @ApiProperty({ type: Number, nullable: true }) durationSeconds: number | null;
  @ApiProperty({ type: String, nullable: true }) genre: string | null;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ type: String, nullable: true }) catalogNumber: string | null;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty() isArchived: boolean;
  @ApiProperty() createdAt: Date;
}

export class LibraryPieceDetailView extends LibraryPieceView {
  @ApiProperty({ type: [MusicFileView] }) files: MusicFileView[];
  @ApiProperty({ type: [MusicPartView] }) parts: MusicPartView[];
}

export class LibraryPiecePage extends CursorPageOf(LibraryPieceView) {}

export class DownloadLinkView {
  @ApiProperty({ description: 'Works until expiresAt, on this ensemble only' }) url: string;
  @ApiProperty() expiresAt: Date;
}

export class AssignmentView {
  @ApiProperty() assignmentId: number;
  @ApiProperty() partId: string;
  @ApiProperty() part: string;
  @ApiProperty() pieceId: string;
  @ApiProperty() piece: string;
  @ApiProperty() musicianId: string;
  @ApiProperty() musician: string;
  @ApiProperty({ type: String, nullable: true }) fileId: string | null;
  @ApiProperty() assignedAt: Date;
}

export class AssignmentList {
  @ApiProperty({ type: [AssignmentView] }) items: AssignmentView[];
}
