import { Injectable } from '@nestjs/common';

import { languageOf, positionLabel } from '#tutti/common';

import { MessageQueue } from './message-queue.js';
import { MessagingRepository } from './messaging.repository.js';
import { ProviderCredentials } from './provider-credentials.js';
import { EXHAUSTED_EMAIL, render } from './templates.js';

/** Tells the orchestra's contact that a need's ranking list ran out with places still open. */
@Injectable()
export class NotifyListExhausted {
  constructor(
    private readonly repo: MessagingRepository,
    private readonly credentials: ProviderCredentials,
    private readonly queue: MessageQueue,
  ) {}

  async execute(needId: number): Promise<void> {
    const { orchestra } = await this.credentials.current();
    const need = await this.repo.needContext(needId);
    if (!need) return;
    const accepted = need.requests.filter((r) => r.status === 'accepted').length;
    const vars = {
      projectName: need.project.name,
      positionName: positionLabel(need.position),
      open: need.quantity - accepted,
    };
    const t = EXHAUSTED_EMAIL[languageOf(orchestra.locale)];
    await this.queue.enqueue([
      {
        token: null,
        entry: {
          requestId: null,
          type: 'list_exhausted',
          channel: 'email',
          recipient: orchestra.contactEmail,
          subject: render(t.subject, vars),
          body: render(t.body, vars),
        },
      },
    ]);
  }
}
