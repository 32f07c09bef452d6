// `prisma generate` offline: the CLI insists on a schema-engine binary it cannot download
// here, but generation never runs it. Point it at an empty executable file (docs/developing.md).
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  execFileSync(
    process.execPath,
    ['node_modules/prisma/build/index.js', 'generate', '--schema', schema],
    {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

// Every PrismaClient compiles its own copy of the query compiler's WebAssembly module from
// base64 (about 20 ms of CPU and several MB each). A compiled WebAssembly.Module is immutable
// and can be instantiated any number of times, so compile it once per process: with a client
// per tenant, this is what makes opening a tenant's client cheap.
const BEFORE =
  /getQueryCompilerWasmModule: async \(\) => \{\n(\s+const \{ wasm \} = await import\([^\n]+\)\n)\s+return await decodeBase64AsWasm\(wasm\)\n\s+\},/;
for (const dir of ['libs/control-plane/src/generated', 'libs/tenancy/src/generated/tenant']) {
  const file = join(dir, 'internal', 'class.ts');
  const text = readFileSync(file, 'utf8');
  if (!BEFORE.test(text))
    throw new Error(
      `${file}: the query compiler loader changed; update scripts/prisma-generate.mjs`,
    );
  writeFileSync(
    file,
    text.replace(
      BEFORE,
      (_, importLine) =>
        `getQueryCompilerWasmModule: () => (globalThis.__tuttiQueryCompilerModule ??= (async () => {\n${importLine}    return await decodeBase64AsWasm(wasm)\n  })()),`,
    ),
  );
}
console.log(
  'prisma: generated control and tenant clients (query compiler compiled once per process)',
);
