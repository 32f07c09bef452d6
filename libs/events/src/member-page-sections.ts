import { Injectable } from '@nestjs/common';

import { sha256 } from '#tutti/common';

import { MemberPagesRepository } from './member-pages.repository.js';
import type { Lang } from './public-pages.js';

export interface MemberRef {
  id: number;
  firstName: string;
}

/**
 * A part of a member's own page that another module contributes (their parts to play, their
 * announcements): HTML, already escaped, or '' when there is nothing to show.
 */
export interface MemberPageSection {
  render(member: MemberRef, ctx: { token: string; lang: Lang }): Promise<string>;
}

/**
 * The member page's extension point: modules add sections at start, the page shows them under
 * the events; and the one way to find the member a secret link belongs to.
 */
@Injectable()
export class MemberPageSections {
  private readonly sections: MemberPageSection[] = [];

  constructor(private readonly repo: MemberPagesRepository) {}

  add(section: MemberPageSection): void {
    this.sections.push(section);
  }

  async render(member: MemberRef, ctx: { token: string; lang: Lang }): Promise<string> {
    return (await Promise.all(this.sections.map((s) => s.render(member, ctx)))).join('\n');
  }

  /** The member a link's token opens, or null (unknown, revoked, archived). */
  member(token: string): Promise<MemberRef | null> {
    return this.repo.member(sha256(token));
  }
}
