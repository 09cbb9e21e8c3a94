/**
 * The one server test harness. Two ways in, over the same store and settings:
 * - a store (`openTestStore`, `useTestStore`) with `testApp` over it: one in-memory PGlite per test file
 *   (started from the template, about a second), emptied between tests, for specifications that reach into
 *   the tables;
 * - `openApp`: buildApp over a freshly migrated PGlite data directory, with open sign-up and `Person`s that
 *   talk to it through `Send`, so the same specification can also run against a spawned `limber serve`.
 * Either runs on a fresh PostgreSQL database too, when LIMBER_TEST_DATABASE_URL is set (test-database.ts).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Clock } from "@limber/core/clock";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import { buildApp } from "../src/app";
import type { ServerSettings } from "../src/config/settings";
import type { Database } from "../src/storage/database";
import { migrate } from "../src/storage/migrate";
import { openDatabase } from "../src/storage/open-database";
import { openMemoryPglite } from "../src/storage/open-pglite";
import { openPostgres } from "../src/storage/open-postgres";
import { injectSend, Person, type Send } from "./api-client";
import { PASSWORD, uniqueEmail } from "./journal-events";
import { type Backend, backends, createTestDatabase } from "./test-database";

export type { Backend } from "./test-database";

/**
 * The settings every test app starts from: far cheaper scrypt than production's OWASP cost (the hash format
 * and checks are the same, and each hash records its cost), and no web app to serve.
 */
export const TEST_SETTINGS: Partial<ServerSettings> = {
  passwordCost: { log2N: 10, r: 8, p: 1 },
  webDist: null,
};

/** The storage back ends a suite runs against: always PGlite, PostgreSQL when the cluster is there. */
export const BACKENDS: readonly Backend[] = backends();

export type TestStore = { readonly database: Database; reset(): Promise<void>; close(): Promise<void> };

export async function openTestStore(backend: Backend): Promise<TestStore> {
  const created = backend === "postgres" ? await createTestDatabase("store") : undefined;
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
  clock?: Clock,
): Promise<FastifyInstance> {
  return buildApp({ database, settings: { ...TEST_SETTINGS, ...settings }, ...(clock ? { clock } : {}) });
}

export type AppHarness = {
  readonly send: Send;
  /** A caller with no session. */
  anonymous(): Person;
  /** A new person with an account, signed in. The first one on a harness is the owner. */
  signedUp(label: string): Promise<Person>;
  close(): Promise<void>;
};

export type HarnessOptions = {
  readonly settings?: Partial<ServerSettings>;
  readonly clock?: Clock;
};

/** The server in-process with open sign-up, over a freshly migrated data directory or PostgreSQL database. */
export async function openApp(backend: Backend, options: HarnessOptions = {}): Promise<AppHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), "limber-app-"));
  const testDatabase = backend === "postgres" ? await createTestDatabase("app") : undefined;
  const database = await openDatabase({ dataDir, databaseUrl: testDatabase?.url });
  await migrate(database);
  const app = await buildApp({
    database,
    settings: { signup: "open", ...TEST_SETTINGS, ...options.settings },
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    log: false,
  });
  await app.ready();
  const send = injectSend(app);
  return {
    send,
    anonymous: () => new Person(send, uniqueEmail("anonymous"), PASSWORD),
    async signedUp(label) {
      const person = new Person(send, uniqueEmail(label), PASSWORD);
      const response = await person.signup();
      expect(response.status, response.text).toBe(201);
      return person;
    },
    async close() {
      await app.close();
      await database.close();
      await testDatabase?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
