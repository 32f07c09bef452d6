import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { contrast, DomainError } from '#tutti/common';
import { AuditRepository, type BrandingRecord, BrandingRepository } from '#tutti/control-plane';
import { assertUpload, FILE_TYPES, FileStore, storageKey, type UploadedPart } from '#tutti/storage';
import { currentTenant } from '#tutti/tenancy';

import type { BrandingColoursDto, BrandingView } from './branding.dto.js';

export type UploadedImage = Pick<UploadedPart, 'mimetype' | 'buffer'>;

export type ImageKind = 'logo' | 'favicon';

/** multer's hard cap; the per-kind limits below answer in the error shape. */
export const BRANDING_UPLOAD_LIMITS = { fileSize: 2 * 1024 * 1024, files: 1, fields: 2 };
const MAX_BYTES: Record<ImageKind, number> = { logo: 512 * 1024, favicon: 100 * 1024 };
const EXTENSION: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/x-icon': 'ico',
  'image/vnd.microsoft.icon': 'ico',
};
export const CONTENT_TYPE: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  ico: 'image/x-icon',
};
/** Served at `/public/branding/<kind>-<hash>.<ext>`: a new image is a new address. */
export const PUBLIC_PATH = '/public/branding/';
export const IMAGE_NAME = /^(logo|favicon)-([0-9a-f]{16})\.(png|jpg|webp|ico)$/;

/** The app's top bar sets white text on the primary colour; accents sit on the light page. */
const PAGE = '#f5f6f8';
const rules = [
  { field: 'primaryColor', against: '#ffffff', min: 4.5, what: 'white text on it' },
  { field: 'secondaryColor', against: PAGE, min: 3, what: 'the light page behind it' },
] as const;

const lowContrast = (field: string, ratio: number, min: number, what: string) =>
  new DomainError(
    'branding/low-contrast',
    'invalid',
    `${field} is too faint against ${what}: ${ratio.toFixed(2)}:1, at least ${min}:1 is needed`,
    { field, ratio: Math.round(ratio * 100) / 100, minimum: min },
  );

/**
 * The ensemble's colours (checked for contrast where they are used), its logo and its browser
 * icon (raster images, type and content checked, size capped), shown in the app, on the answer
 * page and on the public site. Images live in the file store under the tenant's prefix and are
 * served on the ensemble's own host.
 */
@Injectable()
export class BrandingService {
  constructor(
    private readonly repo: BrandingRepository,
    private readonly store: FileStore,
    private readonly audit: AuditRepository,
  ) {}

  async show(): Promise<BrandingView> {
    const b = await this.repo.get(currentTenant().id);
    return this.view(b!);
  }

  async setColours(dto: BrandingColoursDto): Promise<BrandingView> {
    for (const rule of rules) {
      const colour = dto[rule.field];
      if (!colour) continue;
      const ratio = contrast(colour, rule.against);
      if (ratio < rule.min) throw lowContrast(rule.field, ratio, rule.min, rule.what);
    }
    const orchestraId = currentTenant().id;
    const before = await this.repo.get(orchestraId);
    const after = await this.repo.update(orchestraId, {
      ...(dto.primaryColor ? { primaryColor: dto.primaryColor.toUpperCase() } : {}),
      ...(dto.secondaryColor ? { secondaryColor: dto.secondaryColor.toUpperCase() } : {}),
    });
    await this.record('tenant.branding.colours', before, after);
    return this.view(after);
  }

  async upload(kind: ImageKind, file: UploadedImage | undefined): Promise<BrandingView> {
    assertUpload(file, FILE_TYPES[kind], MAX_BYTES[kind]);
    const orchestraId = currentTenant().id;
    const hash = createHash('sha256').update(file.buffer).digest('hex').slice(0, 16);
    const name = `${kind}-${hash}`;
    await this.store.put(storageKey(orchestraId, 'branding', name), file.buffer, file.mimetype);
    const url = `${PUBLIC_PATH}${name}.${EXTENSION[file.mimetype.toLowerCase()]}`;
    return this.replaceImage(kind, url);
  }

  removeImage(kind: ImageKind): Promise<BrandingView> {
    return this.replaceImage(kind, null);
  }

  /** The bytes of the ensemble's current logo or icon, by its public name; null otherwise. */
  async image(name: string): Promise<{ content: Buffer; contentType: string } | null> {
    const m = IMAGE_NAME.exec(name);
    if (!m) return null;
    const orchestraId = currentTenant().id;
    const current = await this.repo.get(orchestraId);
    const url = `${PUBLIC_PATH}${name}`;
    if (current?.logoUrl !== url && current?.faviconUrl !== url) return null;
    const content = await this.store.get(storageKey(orchestraId, 'branding', `${m[1]}-${m[2]}`));
    return content ? { content, contentType: CONTENT_TYPE[m[3]] } : null;
  }

  private async replaceImage(kind: ImageKind, url: string | null): Promise<BrandingView> {
    const orchestraId = currentTenant().id;
    const field = kind === 'logo' ? 'logoUrl' : 'faviconUrl';
    const before = await this.repo.get(orchestraId);
    const after = await this.repo.update(orchestraId, { [field]: url });
    const old = before?.[field];
    const oldName = old?.startsWith(PUBLIC_PATH)
      ? IMAGE_NAME.exec(old.slice(PUBLIC_PATH.length))
      : null;
    // The previous image's bytes go once nothing points at them (same image: same name).
    if (oldName && old !== url)
      await this.store
        .delete(storageKey(orchestraId, 'branding', `${oldName[1]}-${oldName[2]}`))
        .catch(() => undefined);
    await this.record(`tenant.branding.${kind}`, before, after);
    return this.view(after);
  }

  private record(action: string, before: BrandingRecord | null, after: BrandingRecord) {
    const orchestraId = currentTenant().id;
    return this.audit.record({
      action,
      targetType: 'orchestra',
      targetId: orchestraId,
      orchestraId,
      before,
      after,
    });
  }

  private view(b: BrandingRecord): BrandingView {
    return {
      primaryColor: b.primaryColor,
      secondaryColor: b.secondaryColor,
      logoUrl: b.logoUrl,
      faviconUrl: b.faviconUrl,
    };
  }
}
