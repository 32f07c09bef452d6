import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { basename, join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** Where a frame's code comes from: a package, Node itself, or Tutti's own files. */
function origin(url: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:') || url === '') return url ? 'node' : '(native/gc/idle)';
  return url.includes('/dist/') ? 'tutti' : basename(url);
}

/**
 * Samples this thread's CPU (the gateway; the load generator is a worker thread) while `work`
 * runs, writes the `.cpuprofile` (open it in Chrome DevTools) and returns the top entries: self
 * time by function and by origin, as shares of the busy samples.
 */
export async function profiled<T>(
  dir: string,
  name: string,
  work: () => Promise<T>,
): Promise<{ result: T; byFunction: string[]; byOrigin: string[] }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const result = await work();
  const { profile } = (await session.post('Profiler.stop')) as {
    profile: { nodes: ProfileNode[] };
  };
  session.disconnect();
  writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
  const busy = profile.nodes.filter(
    (n) => !['(idle)', '(program)'].includes(n.callFrame.functionName),
  );
  const total = busy.reduce((s, n) => s + (n.hitCount ?? 0), 0) || 1;
  const top = (key: (n: ProfileNode) => string) => {
    const sums = new Map<string, number>();
    for (const n of busy) sums.set(key(n), (sums.get(key(n)) ?? 0) + (n.hitCount ?? 0));
    return [...sums]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([k, v]) => `${((100 * v) / total).toFixed(1)} % ${k}`);
  };
  return {
    result,
    byFunction: top(
      (n) =>
        `${n.callFrame.functionName || '(anonymous)'} (${origin(n.callFrame.url)}${n.callFrame.url ? `:${n.callFrame.lineNumber + 1}` : ''})`,
    ),
    byOrigin: top((n) => origin(n.callFrame.url)),
  };
}
