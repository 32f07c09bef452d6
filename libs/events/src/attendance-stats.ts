import type { AttendanceStatus } from './dto/attendance.dto.js';

export interface Mark {
  status: AttendanceStatus;
  at: Date;
}

const ATTENDED = new Set<AttendanceStatus>(['present', 'late', 'left_early']);

/** Attended of the marks not excused, 0..1 (rounded to 3 places); null with none to count. */
export function rateOf(marks: readonly Mark[]): number | null {
  const counted = marks.filter((m) => m.status !== 'excused');
  if (counted.length === 0) return null;
  return (
    Math.round((counted.filter((m) => ATTENDED.has(m.status)).length / counted.length) * 1000) /
    1000
  );
}

/**
 * Counts, rate and trend over a period: the trend is the second half's rate minus the first
 * half's (positive: coming more often), null unless both halves have marks to count.
 */
export function statsOf(marks: readonly Mark[], from: Date, to: Date) {
  const middle = from.getTime() + (to.getTime() - from.getTime()) / 2;
  const count = (s: AttendanceStatus) => marks.filter((m) => m.status === s).length;
  const first = rateOf(marks.filter((m) => m.at.getTime() < middle));
  const second = rateOf(marks.filter((m) => m.at.getTime() >= middle));
  return {
    events: marks.length,
    present: count('present'),
    late: count('late'),
    leftEarly: count('left_early'),
    absent: count('absent'),
    excused: count('excused'),
    rate: rateOf(marks),
    trend: first === null || second === null ? null : Math.round((second - first) * 1000) / 1000,
  };
}
