// The API description and the web app's typed client, both generated from the gateway's own
// routes and DTOs: `npm run api:generate` writes them, a test fails when the committed copies
// are stale. No database is needed: the app is created in preview mode (no provider runs).
import { readFile, writeFile } from 'node:fs/promises';

import { NestFactory } from '@nestjs/core';
import openapiTS, { astToString } from 'openapi-typescript';

import { AppModule, buildOpenApiDocument } from '#tutti/app';
import { loadConfig } from '#tutti/common';

import 'reflect-metadata';

export const SPEC_FILE = 'apps/web/src/api/openapi.json';
export const TYPES_FILE = 'apps/web/src/api/schema.d.ts';

const HEADER =
  '// Generated from the gateway by `npm run api:generate` (openapi-typescript). Do not edit.\n\n';

export async function renderApiDescription(): Promise<{ spec: string; types: string }> {
  const config = loadConfig({
    DATABASE_URL: 'postgresql://unused@127.0.0.1:1/unused',
    JWT_SECRET: 'x'.repeat(32),
    TUTTI_ENCRYPTION_KEY: Buffer.alloc(32).toString('base64'),
    JOBS_ENABLED: 'false',
  });
  const app = await NestFactory.create(AppModule.forRoot(config), {
    preview: true,
    logger: false,
    bodyParser: false,
  });
  try {
    const doc = buildOpenApiDocument(app);
    const spec = JSON.stringify(doc, null, 2) + '\n';
    const ast = await openapiTS(JSON.parse(spec) as never, {
      alphabetize: true,
      defaultNonNullable: false,
    });
    return { spec, types: HEADER + astToString(ast) };
  } finally {
    await app.close();
  }
}

export async function committedApiDescription(): Promise<{ spec: string; types: string }> {
  const [spec, types] = await Promise.all([
    readFile(SPEC_FILE, 'utf8').catch(() => ''),
    readFile(TYPES_FILE, 'utf8').catch(() => ''),
  ]);
  return { spec, types };
}

if (process.argv[1]?.endsWith('api-description.js')) {
  const { spec, types } = await renderApiDescription();
  await writeFile(SPEC_FILE, spec);
  await writeFile(TYPES_FILE, types);
  console.log(`wrote ${SPEC_FILE} and ${TYPES_FILE}`);
}
