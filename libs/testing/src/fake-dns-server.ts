import { createSocket, type Socket } from 'node:dgram';

import dnsPacket from 'dns-packet';

/**
 * A DNS server on 127.0.0.1 (UDP) that answers TXT questions from a table the test fills, in
 * the wire format every resolver speaks (encoded with `dns-packet`): the records for a known
 * name, NXDOMAIN for any other. Point the gateway at it with `DNS_SERVERS=127.0.0.1:<port>`;
 * it records each question so a test can see what was asked.
 */
export class FakeDnsServer {
  private readonly txt = new Map<string, string[]>();
  readonly questions: Array<{ name: string; type: string }> = [];
  private socket: Socket | null = null;
  port = 0;

  setTxt(name: string, values: string[]): void {
    this.txt.set(name.toLowerCase(), values);
  }

  removeTxt(name: string): void {
    this.txt.delete(name.toLowerCase());
  }

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    const socket = createSocket('udp4');
    socket.on('message', (msg, from) => {
      let query: dnsPacket.Packet;
      try {
        query = dnsPacket.decode(msg);
      } catch {
        return;
      }
      const question = query.questions?.[0];
      if (!question) return;
      this.questions.push({ name: question.name, type: question.type });
      const values =
        question.type === 'TXT' ? this.txt.get(question.name.toLowerCase()) : undefined;
      const answer = dnsPacket.encode({
        id: query.id,
        type: 'response',
        flags: dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE | (values ? 0 : 3),
        questions: [question],
        answers: values
          ? values.map((v) => ({ type: 'TXT', name: question.name, ttl: 60, data: v }))
          : [],
      });
      socket.send(answer, from.port, from.address);
    });
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
    this.port = socket.address().port;
    this.socket = socket;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.socket ? this.socket.close(() => resolve()) : resolve(),
    );
    this.socket = null;
  }
}
