import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import {
  Controller,
  Get,
  Header,
  Inject,
  Injectable,
  Module,
  NotFoundException,
  Req,
  ServiceUnavailableException,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import express, { type Request, type RequestHandler } from 'express';

import { Public } from '#tutti/auth';
import { APP_CONFIG, type AppConfig, requestContext } from '#tutti/common';
import { currentTenant } from '#tutti/tenancy';

/** Paths the gateway answers itself; the web app's client-side routes are everything else. */
const RESERVED = /^\/(api|platform|r|w|m|public|calendar|docs|health|ready|assets)(\/|$|-json)/i;

/** What the web app needs before its first request: which app to show, in which zone. */
export type WebAppContext =
  | {
      realm: 'tenant';
      name: string;
      subdomain: string;
      kind: 'orchestra' | 'band';
      locale: string;
      country: string;
      timeZone: string;
      primaryColor: string;
      logoUrl: string | null;
      faviconUrl: string | null;
    }
  | { realm: 'platform' };

/** The built assets: content-hashed names, so they may be cached for a year. */
export function webAssets(config: AppConfig): RequestHandler {
  return express.static(join(resolve(config.webAppDir), 'assets'), {
    immutable: true,
    maxAge: '365d',
    index: false,
    fallthrough: true,
  });
}

/**
 * index.html with the host's context in a JSON script element (inert data: the CSP allows no
 * inline script), so the app knows on its first paint whether it is an ensemble's app or the
 * platform console, and in which time zone to show times.
 */
@Injectable()
export class WebAppShell {
  private template: Promise<string> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async render(path: string): Promise<string> {
    if (RESERVED.test(path)) throw new NotFoundException(`Cannot GET ${path}`);
    const html = await this.load();
    const json = JSON.stringify(this.context()).replace(/</g, '\\u003c');
    return html.replace('<!--tutti-context-->', json);
  }

  private context(): WebAppContext {
    if (requestContext.require().scope !== 'tenant') return { realm: 'platform' };
    const t = currentTenant();
    return {
      realm: 'tenant',
      name: t.name,
      subdomain: t.subdomain,
      kind: t.kind,
      locale: t.locale,
      country: t.country,
      timeZone: t.timeZone,
      primaryColor: t.branding.primaryColor,
      logoUrl: t.branding.logoUrl,
      faviconUrl: t.branding.faviconUrl,
    };
  }

  private load(): Promise<string> {
    this.template ??= readFile(join(resolve(this.config.webAppDir), 'index.html'), 'utf8').catch(
      () => {
        this.template = null;
        throw new ServiceUnavailableException(
          `The web app is not built (no index.html in ${this.config.webAppDir}): run npm run build`,
        );
      },
    );
    return this.template;
  }
}

/** Every other GET: the single-page app, which routes on the client. */
@ApiExcludeController()
@Controller()
export class WebAppController {
  constructor(private readonly shell: WebAppShell) {}

  @Public()
  @Get(['/', '*path'])
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-cache')
  page(@Req() req: Request) {
    return this.shell.render(req.path);
  }
}

/** Imported last: its catch-all route must come after every API route. */
@Module({ controllers: [WebAppController], providers: [WebAppShell] })
export class WebAppModule {}
