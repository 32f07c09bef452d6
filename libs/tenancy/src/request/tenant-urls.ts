import { Inject, Injectable } from '@nestjs/common';

import { APP_CONFIG, type AppConfig } from '#tutti/common';

/** Public addresses of tenants and the central domain, as people type them. */
@Injectable()
export class TenantUrls {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private origin(host: string): string {
    const port =
      this.config.publicPort && ![80, 443].includes(this.config.publicPort)
        ? `:${this.config.publicPort}`
        : '';
    return `${this.config.publicScheme}://${host}${port}`;
  }

  tenant(subdomain: string): string {
    return this.origin(`${subdomain}.${this.config.baseDomain}`);
  }

  central(): string {
    return this.origin(`admin.${this.config.baseDomain}`);
  }
}
