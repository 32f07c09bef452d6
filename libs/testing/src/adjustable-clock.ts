import { Clock } from '#tutti/common';

/** The real time moved on by the test: deadlines, expiries and retention without waiting. */
export class AdjustableClock extends Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
