/**
 * The server in-process for route tests: buildApp over a freshly migrated PGlite data directory or a fresh
 * PostgreSQL database, with open sign-up and a cheap password hash so tests stay fast.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { buildApp, migrate, openDatabase, type ServerSettings } from "../../src/index";
import { injectSend, Person, type Send } from "./api-client";
import { PASSWORD, uniqueEmail } from "./journal-events";
import { type Backend, createTestDatabase } from "./test-database";

/** Far cheaper than production's scrypt cost; the hash format and checks are the same. */
const TEST_PASSWORD_COST = { log2N: 10, r: 8, p: 1 };

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
  readonly now?: () => Date;
};

export async function openApp(backend: Backend, options: HarnessOptions = {}): Promise<AppHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), "limber-app-"));
  const testDatabase = backend === "postgres" ? await createTestDatabase("app") : undefined;
  const database = await openDatabase({ dataDir, databaseUrl: testDatabase?.url });
  await migrate(database);
  const app = await buildApp({
    database,
    settings: { signup: "open", webDist: null, passwordCost: TEST_PASSWORD_COST, ...options.settings },
    ...(options.now === undefined ? {} : { now: options.now }),
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
