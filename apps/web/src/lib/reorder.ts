/**
 * Moving one entry of a ranked list, as the keyboard and drag and drop both do: the rank it
 * lands on (1-based), clamped to the list, or null when it would not move.
 */
export function targetRank(current: number, delta: number, length: number): number | null {
  const next = Math.min(Math.max(current + delta, 1), length);
  return next === current ? null : next;
}

/** The list as it will look after moving `from` (1-based) to `to`: shown before the server answers. */
export function moved<T>(items: T[], from: number, to: number): T[] {
  const copy = items.slice();
  const [item] = copy.splice(from - 1, 1);
  copy.splice(to - 1, 0, item);
  return copy;
}
