import { Injectable } from '@nestjs/common';

export interface SiteLink {
  /** A path on the ensemble's own site. */
  href: string;
  title: string;
}

/**
 * The public site's extension point: modules add links to its front page (the pages of the
 * site, for one), read when the page is shown.
 */
@Injectable()
export class PublicSiteLinks {
  private readonly providers: Array<() => Promise<SiteLink[]>> = [];

  add(provider: () => Promise<SiteLink[]>): void {
    this.providers.push(provider);
  }

  async links(): Promise<SiteLink[]> {
    return (await Promise.all(this.providers.map((p) => p()))).flat();
  }
}
