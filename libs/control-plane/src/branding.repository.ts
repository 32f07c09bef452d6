import { Injectable } from '@nestjs/common';

import { ControlDb } from './control-db.js';

export interface BrandingRecord {
  primaryColor: string;
  secondaryColor: string;
  logoUrl: string | null;
  faviconUrl: string | null;
}

const FIELDS = { primaryColor: true, secondaryColor: true, logoUrl: true, faviconUrl: true };

/** An ensemble's colours and images (on the Orchestra row: every copy's cache hears of it). */
@Injectable()
export class BrandingRepository {
  constructor(private readonly db: ControlDb) {}

  get(orchestraId: string): Promise<BrandingRecord | null> {
    return this.db.client.orchestra.findUnique({ where: { id: orchestraId }, select: FIELDS });
  }

  update(orchestraId: string, data: Partial<BrandingRecord>): Promise<BrandingRecord> {
    return this.db.client.orchestra.update({ where: { id: orchestraId }, data, select: FIELDS });
  }
}
