import { writeFile } from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { pino } from 'pino';
import { openDatabase } from '../src/store/index.js';
import { apiDeps, createApp, storeAuthenticator } from '../src/server/index.js';
import { openApiDocument } from '../src/server/openapi-document.js';

/** Where the dashboard's typed client reads the API's types from. */
export const API_TYPES_FILE = new URL('../src/client/api-types.ts', import.meta.url);

const HEADER = '// Generated from the OpenAPI document by `npm run api:types`; do not edit. A test fails when it is out of date.\n';

/** The API's TypeScript types, generated from its OpenAPI document (no database is touched: routes only register). */
export async function generateApiTypes(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'bw-api-types-'));
  const store = openDatabase(join(dir, 'unused.db'));
  try {
    const app = createApp(apiDeps(store, pino({ level: 'silent' })), storeAuthenticator(store, () => new Date(0).toISOString()));
    const ast = await openapiTS(openApiDocument(app) as never, { alphabetize: true });
    return HEADER + astToString(ast);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeFile(API_TYPES_FILE, await generateApiTypes());
  process.stdout.write(`wrote ${API_TYPES_FILE.pathname}\n`);
}
