// Runs in a worker thread: keep-alive HTTP GETs at a fixed concurrency for a fixed time,
// returning every latency, so the load generator does not share the server's event loop.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

interface Job {
  port: number;
  targets: Array<{ host: string; path: string; token: string }>;
  concurrency: number;
  durationMs: number;
}

const job = workerData as Job;
const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
const latencies: number[] = [];
let errors = 0;
let next = 0;
const until = Date.now() + job.durationMs;

function once(): Promise<void> {
  const target = job.targets[next++ % job.targets.length];
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const req = http.get(
      {
        host: '127.0.0.1',
        port: job.port,
        path: target.path,
        agent,
        headers: { host: target.host, authorization: `Bearer ${target.token}` },
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === 200)
            latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
          else errors++;
          resolve();
        });
      },
    );
    req.on('error', () => {
      errors++;
      resolve();
    });
  });
}

async function loop(): Promise<void> {
  while (Date.now() < until) await once();
}

await Promise.all(Array.from({ length: job.concurrency }, loop));
agent.destroy();
parentPort!.postMessage({ latencies, errors, durationMs: job.durationMs });
