import { Injectable, type OnModuleInit } from '@nestjs/common';

import { Clock } from '#tutti/common';
import { esc } from '#tutti/dispatch';
import {
  pickLanguage,
  publicNotice,
  publicPage,
  PublicSiteLinks,
  type Rendered,
  type Visitor,
} from '#tutti/events';
import { currentTenant } from '#tutti/tenancy';

import { PagesRepository } from './pages.repository.js';

const NOT_FOUND = { sv: 'Sidan finns inte.', en: 'There is no such page.' };

/** A live page on the ensemble's public site: its stored (sanitised) body in the site's frame. */
@Injectable()
export class PublicContentService implements OnModuleInit {
  constructor(
    private readonly pages: PagesRepository,
    private readonly clock: Clock,
    private readonly siteLinks: PublicSiteLinks,
  ) {}

  /** The live pages are linked from the public site's front page. */
  onModuleInit(): void {
    this.siteLinks.add(async () =>
      (await this.pages.liveList(this.clock.now())).map((p) => ({
        href: `/public/pages/${p.slug}`,
        title: p.title,
      })),
    );
  }

  async page(slug: string, v: Visitor): Promise<Rendered> {
    const tenant = currentTenant();
    const lang = pickLanguage(v.lang, v.acceptLanguage, tenant.locale);
    const now = this.clock.now();
    const p = await this.pages.live(slug, now);
    if (!p) return { status: 404, html: publicNotice(tenant, lang, NOT_FOUND[lang], true) };
    const others = (await this.pages.liveList(now)).filter((o) => o.slug !== slug);
    const nav = others.length
      ? `<nav><ul class="events">${others.map((o) => `<li><a href="/public/pages/${esc(o.slug)}?lang=${lang}">${esc(o.title)}</a></li>`).join('')}</ul></nav>`
      : '';
    return {
      status: 200,
      html: publicPage(
        tenant,
        lang,
        p.title,
        `<article><h2>${esc(p.title)}</h2>${p.description ? `<p><em>${esc(p.description)}</em></p>` : ''}${p.body}</article>${nav}`,
      ),
    };
  }
}
