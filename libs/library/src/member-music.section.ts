import { Injectable, type OnModuleInit } from '@nestjs/common';

import { Clock } from '#tutti/common';
import { esc } from '#tutti/dispatch';
import {
  type Lang,
  type MemberPageSection,
  MemberPageSections,
  type MemberRef,
} from '#tutti/events';

import { LibraryFilesRepository } from './library-files.repository.js';
import { LibraryFilesService } from './library-files.service.js';

const T = {
  sv: { title: 'Dina stämmor', download: 'Hämta', noFile: 'Noterna delas ut på repetitionen' },
  en: { title: 'Your parts', download: 'Download', noFile: 'Handed out at the rehearsal' },
};

/** On a member's own page: the parts handed to them for coming events, each a signed link. */
@Injectable()
export class MemberMusicSection implements MemberPageSection, OnModuleInit {
  constructor(
    private readonly sections: MemberPageSections,
    private readonly repo: LibraryFilesRepository,
    private readonly files: LibraryFilesService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.sections.add(this);
  }

  async render(member: MemberRef, { lang }: { lang: Lang }): Promise<string> {
    const rows = await this.repo.memberParts(member.id, this.clock.now());
    if (rows.length === 0) return '';
    const t = T[lang];
    const items = rows.map((a) => {
      const file = a.part.file;
      const link = file
        ? `<a href="${esc(this.files.linkFor({ fileId: file.fileId, musicianId: member.id }).url)}">${t.download}</a>`
        : esc(t.noFile);
      return `<li><strong>${esc(a.part.piece.title)}</strong>: ${esc(a.part.name)} · ${esc(a.event.title)}<br>${link}</li>`;
    });
    return `<h2>${t.title}</h2><ul class="events parts">${items.join('')}</ul>`;
  }
}
