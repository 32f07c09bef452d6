import { Injectable } from '@nestjs/common';

import { MessagingRepository } from './messaging.repository.js';

/** Who opted out of (or back into) SMS; opted-out musicians get email only. */
@Injectable()
export class SmsOptOuts {
  constructor(private readonly repo: MessagingRepository) {}

  set(phone: string, optedOut: boolean): Promise<number> {
    return this.repo.setSmsOptOut(phone, optedOut);
  }
}
