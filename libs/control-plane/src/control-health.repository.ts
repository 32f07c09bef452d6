import { Injectable } from '@nestjs/common';

import { ControlDb } from './control-db.js';

@Injectable()
export class ControlHealthRepository {
  constructor(private readonly db: ControlDb) {}

  /** Whether the control-plane database answers a query. */
  async reachable(): Promise<boolean> {
    try {
      await this.db.client.$queryRaw`SELECT 1`;
      return true;
    } catch {
      return false;
    }
  }
}
