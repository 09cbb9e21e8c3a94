/**
 * Issue 17, finding 2: every kind of database unavailability answers 503 `unavailable` with Retry-After,
 * never 500, and Limber recovers without a restart once the database is back. One test per SQLSTATE class,
 * each caused for real on PostgreSQL: too many connections (53300, class 53), a database closed to
 * connections (55000, class 55), a read-only database (25006), an administrator ending connections (57P01,
 * class 57). The connection class (08) and a stopped server are in database-outage.test.ts.
 */
import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../src/storage/database";
import { migrate } from "../src/storage/migrate";
import { openPostgres } from "../src/storage/open-postgres";
import { type ApiRequest, type ApiResponse, injectSend, Person } from "../test-support/api-client";
import { expectOkOrUnavailable } from "../test-support/error-body";
import { checkIn, PASSWORD, uniqueEmail } from "../test-support/journal-events";
import { SELF_CARE_ANSWERS } from "../test-support/screening-answers";
import { testApp } from "../test-support/test-app";
import { hasPostgres } from "../test-support/test-database";

const ADMIN_URL = process.env.LIMBER_TEST_DATABASE_URL as string;

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Reads and writes, each 2xx while the database is healthy. */
const everyRoute = (): ApiRequest[] => [
  { method: "GET", path: "/api/auth/session" },
  { method: "POST", path: "/api/screenings", body: { answers: SELF_CARE_ANSWERS } },
  { method: "GET", path: "/api/screenings" },
  { method: "POST", path: "/api/journal/events", body: checkIn() },
  { method: "GET", path: "/api/journal/events" },
  { method: "GET", path: "/api/journal/assessment?timeZone=Europe/London" },
  { method: "GET", path: "/readyz" },
];

describe.runIf(hasPostgres)(
  "issue 17 finding 2: every database unavailability is a 503 with Retry-After",
  () => {
    const suffix = randomUUID().replaceAll("-", "").slice(0, 10);
    const role = `limber_role_${suffix}`;
    const name = `limber_cls_${suffix}`;
    let database: Database;
    let app: FastifyInstance;
    let person: Person;
    const endConnections = () =>
      admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`);

    beforeAll(async () => {
      await admin(`CREATE ROLE ${role} LOGIN`);
      await admin(`CREATE DATABASE ${name} OWNER ${role}`);
      const url = new URL(ADMIN_URL);
      url.username = role;
      url.password = "";
      url.pathname = `/${name}`;
      database = await openPostgres({ url: url.toString() });
      await migrate(database);
      app = await testApp(database);
      person = new Person(injectSend(app), uniqueEmail("classes"), PASSWORD);
      expect((await person.signup()).status).toBe(201);
    });
    afterAll(async () => {
      await app?.close();
      await database?.close();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin(`DROP ROLE IF EXISTS ${role}`);
    });
    beforeEach(async () => {
      for (const request of everyRoute()) {
        const response = await person.request(request);
        expect(response.status, `${request.path} before: ${response.text}`).toBeLessThan(300);
      }
    });

    /** Every route answers 2xx or 503 while `break` holds; at least `minimum` of them 503; then all 2xx again. */
    async function expectUnavailableThenRecovered(
      breakIt: () => Promise<void>,
      repair: () => Promise<void>,
      minimum = 1,
    ): Promise<void> {
      await breakIt();
      try {
        await endConnections();
        const answers: ApiResponse[] = [];
        for (const request of everyRoute()) {
          const response = await person.request(request);
          expectOkOrUnavailable(response, request);
          answers.push(response);
        }
        expect(answers.filter((answer) => answer.status === 503).length).toBeGreaterThanOrEqual(minimum);
      } finally {
        await repair();
        await endConnections();
      }
      // The first request after a repair may still meet a connection the pool has not yet dropped (57P01).
      await person.request({ method: "GET", path: "/readyz" });
      for (const request of everyRoute()) {
        const response = await person.request(request);
        expect(response.status, `${request.path} after: ${response.text}`).toBeLessThan(300);
      }
    }

    it("finding 2, class 53 (insufficient resources): too many connections for the role (53300)", async () => {
      await expectUnavailableThenRecovered(
        () => admin(`ALTER ROLE ${role} CONNECTION LIMIT 0`),
        () => admin(`ALTER ROLE ${role} CONNECTION LIMIT -1`),
        everyRoute().length - 1,
      );
    });

    it("finding 2, class 55 (object not in prerequisite state): a database closed to connections (55000)", async () => {
      await expectUnavailableThenRecovered(
        () => admin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`),
        () => admin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`),
        everyRoute().length - 1,
      );
    });

    it("finding 2, class 25 (read-only transaction): a read-only database (25006)", async () => {
      await expectUnavailableThenRecovered(
        () => admin(`ALTER DATABASE ${name} SET default_transaction_read_only = on`),
        () => admin(`ALTER DATABASE ${name} RESET default_transaction_read_only`),
      );
    });

    it("finding 2, class 57 (operator intervention): connections ended by an administrator (57P01)", async () => {
      await expectUnavailableThenRecovered(
        async () => {},
        async () => {},
        0,
      );
    });
  },
);
