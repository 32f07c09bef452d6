import { Injectable } from '@nestjs/common';

import { MessageQueue, type OutgoingMessage } from './message-queue.js';
import { MessagingRepository } from './messaging.repository.js';
import { ProviderCredentials } from './provider-credentials.js';
import { render } from './templates.js';

export interface SendGroupEmailCommand {
  projectId: number;
  subject: string;
  body: string;
}

/**
 * One email (and, with smsOnGroupEmail, one SMS) to every musician booked in a project,
 * personalised with {{firstName}} and the like; recorded in the group email log.
 * Returns how many musicians it went to.
 */
@Injectable()
export class SendGroupEmail {
  constructor(
    private readonly repo: MessagingRepository,
    private readonly credentials: ProviderCredentials,
    private readonly queue: MessageQueue,
  ) {}

  async execute({ projectId, subject, body }: SendGroupEmailCommand): Promise<number> {
    const { orchestra } = await this.credentials.current();
    const booked = await this.repo.acceptedInProject(projectId);
    const batch: OutgoingMessage[] = [];
    for (const r of booked) {
      const vars = {
        firstName: r.musician.firstName,
        lastName: r.musician.lastName,
        projectName: r.need.project.name,
        orchestraName: orchestra.name,
      };
      batch.push({
        token: null,
        entry: {
          requestId: r.id,
          type: 'group_email',
          channel: 'email',
          recipient: r.musician.email,
          subject: render(subject, vars),
          body: render(body, vars),
        },
      });
      if (orchestra.smsOnGroupEmail && r.musician.phone && !r.musician.smsOptedOut) {
        batch.push({
          token: null,
          entry: {
            requestId: r.id,
            type: 'group_email',
            channel: 'sms',
            recipient: r.musician.phone,
            subject: null,
            body: `${orchestra.name}: ${render(subject, vars)} (${r.musician.email})`,
          },
        });
      }
    }
    await this.queue.enqueue(batch);
    await this.repo.recordGroupEmail(
      projectId,
      subject,
      body,
      booked.map((r) => r.musician.email),
    );
    return booked.length;
  }
}
