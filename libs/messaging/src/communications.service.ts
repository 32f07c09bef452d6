import { Injectable } from '@nestjs/common';

import { type CommunicationFilter, MessagingRepository } from './messaging.repository.js';

/** The communication log as staff read it: newest first. */
@Injectable()
export class CommunicationsService {
  constructor(private readonly repo: MessagingRepository) {}

  list(filter: CommunicationFilter) {
    return this.repo.list(filter, 100);
  }
}
