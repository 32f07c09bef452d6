// `prisma generate` offline: the CLI insists on a schema-engine binary it cannot download
// here, but generation never runs it. Point it at an empty executable file (TOOLCHAIN.md).
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const placeholder = join('node_modules', '.cache', 'tutti', 'schema-engine-placeholder');
if (!existsSync(placeholder)) {
  mkdirSync(join('node_modules', '.cache', 'tutti'), { recursive: true });
  writeFileSync(placeholder, '#!/bin/sh\nexit 1\n');
}
chmodSync(placeholder, 0o755);
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? placeholder,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
};
for (const schema of ['prisma/control/schema.prisma', 'prisma/tenant/schema.prisma']) {
  execFileSync(process.execPath, ['node_modules/prisma/build/index.js', 'generate', '--schema', schema], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
console.log('prisma: generated control and tenant clients');
