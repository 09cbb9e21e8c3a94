/**
 * The app under test: one in-memory PGlite per test file (started from the template, about a second),
 * emptied between tests, or a fresh database on LIMBER_TEST_DATABASE_URL for the PostgreSQL half.
 */
import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { buildApp } from "../app";
import type { ServerSettings } from "../config/settings";
import type { Database } from "../storage/database";
import { migrate } from "../storage/migrate";
import { openMemoryPglite } from "../storage/open-pglite";
import { openPostgres } from "../storage/open-postgres";

/** Cheap scrypt for tests; production hashes use the OWASP cost and record it in each hash. */
export const TEST_SETTINGS: Partial<ServerSettings> = {
  passwordCost: { log2N: 10, r: 8, p: 1 },
  webDist: null,
};

export type Backend = "pglite" | "postgres";
const ADMIN_URL = process.env.LIMBER_TEST_DATABASE_URL;
export const BACKENDS: Backend[] = ADMIN_URL ? ["pglite", "postgres"] : ["pglite"];

export type TestStore = { readonly database: Database; reset(): Promise<void>; close(): Promise<void> };

export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `limber_s_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: ADMIN_URL });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(ADMIN_URL as string);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

export async function openTestStore(backend: Backend): Promise<TestStore> {
  const created = backend === "postgres" ? await createPostgresDatabase() : undefined;
  const database = created ? await openPostgres({ url: created.url }) : await openMemoryPglite();
  await migrate(database);
  return {
    database,
    async reset() {
      await sql`TRUNCATE users, login_failures CASCADE`.execute(database.db);
    },
    async close() {
      await database.close();
      await created?.drop();
    },
  };
}

/**
 * One store for the enclosing describe block: opened before its tests, emptied before each (this hook runs
 * before the block's own beforeEach), closed after. Returns an accessor, since the store opens later.
 */
export function useTestStore(backend: Backend): () => TestStore {
  let store: TestStore | undefined;
  beforeAll(async () => {
    store = await openTestStore(backend);
  });
  afterAll(async () => {
    await store?.close();
  });
  beforeEach(async () => {
    await store?.reset();
  });
  return () => {
    if (!store) throw new Error("the test store opens in beforeAll");
    return store;
  };
}

export function testApp(
  database: Database,
  settings: Partial<ServerSettings> = {},
  now?: () => Date,
): Promise<FastifyInstance> {
  return buildApp({ database, settings: { ...TEST_SETTINGS, ...settings }, ...(now ? { now } : {}) });
}
