import { Inject, Injectable } from '@nestjs/common';

import { APP_CONFIG, type AppConfig, Clock, SecretBox } from '#tutti/common';

/** Who a download link was made for; written to the download log when it is used. */
export interface DownloadGrant {
  fileId: string;
  musicianId?: number;
  userId?: string;
}

interface Sealed extends DownloadGrant {
  /** The tenant: a link works only on the ensemble's own host. */
  t: string;
  /** Expiry, epoch seconds. */
  e: number;
}

/**
 * Short-lived download links: the grant sealed with AES-GCM (tamper-proof and opaque), so
 * there is no public path to a file and nothing to store. A link outlives no one's access by
 * more than its lifetime (DOWNLOAD_URL_TTL_SECONDS).
 */
@Injectable()
export class DownloadLinks {
  constructor(
    private readonly box: SecretBox,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  seal(tenantId: string, grant: DownloadGrant): { token: string; expiresAt: Date } {
    const e =
      Math.floor(this.clock.now().getTime() / 1000) + this.config.storage.signedUrlTtlSeconds;
    const token = this.box.encrypt(JSON.stringify({ ...grant, t: tenantId, e } satisfies Sealed));
    return { token, expiresAt: new Date(e * 1000) };
  }

  /** The grant, or null when the link is forged, of another tenant or expired. */
  open(tenantId: string, token: string): DownloadGrant | null {
    let sealed: Sealed;
    try {
      sealed = JSON.parse(this.box.decrypt(token)) as Sealed;
    } catch {
      return null;
    }
    if (sealed.t !== tenantId || sealed.e * 1000 <= this.clock.now().getTime()) return null;
    return { fileId: sealed.fileId, musicianId: sealed.musicianId, userId: sealed.userId };
  }
}
