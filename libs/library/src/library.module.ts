import { Module } from '@nestjs/common';

import { EventsModule } from '#tutti/events';

import { DownloadsController, LibraryController } from './library.controller.js';
import { LibraryService } from './library.service.js';
import { LibraryFilesRepository } from './library-files.repository.js';
import { LibraryFilesService } from './library-files.service.js';
import { MemberMusicSection } from './member-music.section.js';
import { PiecesRepository } from './pieces.repository.js';

/** The music library: pieces, people, files in the file store, parts, assignments, search. */
@Module({
  imports: [EventsModule],
  controllers: [LibraryController, DownloadsController],
  providers: [
    LibraryService,
    PiecesRepository,
    LibraryFilesService,
    LibraryFilesRepository,
    MemberMusicSection,
  ],
})
export class LibraryModule {}
