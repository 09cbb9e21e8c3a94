/**
 * When the database is unreachable every route answers 503 `unavailable` with Retry-After, never a 500
 * (issue 9, finding 5), and the server recovers by itself once the database is back. On PostgreSQL the
 * test stops a cluster of its own in the middle of a burst of requests; on PGlite the store is closed.
 */
import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/storage/database";
import { migrate } from "../src/storage/migrate";
import { openPostgres } from "../src/storage/open-postgres";
import { type ApiRequest, type ApiResponse, injectSend, Person } from "../test-support/api-client";
import { expectErrorBody, expectOkOrUnavailable } from "../test-support/error-body";
import { checkIn, PASSWORD, uniqueEmail } from "../test-support/journal-events";
import { SELF_CARE_ANSWERS } from "../test-support/screening-answers";
import { openTestStore, type TestStore, testApp } from "../test-support/test-app";
import { hasPostgres } from "../test-support/test-database";
import { startThrowawayPostgres, type ThrowawayPostgres } from "../test-support/throwaway-postgres";

/** A request to every route that touches the database, each of which answers 2xx when it is up. */
const everyRoute = (): ApiRequest[] => [
  { method: "GET", path: "/api/auth/session" },
  { method: "POST", path: "/api/screenings", body: { answers: SELF_CARE_ANSWERS } },
  { method: "GET", path: "/api/screenings" },
  { method: "POST", path: "/api/journal/events", body: checkIn() },
  { method: "GET", path: "/api/journal/events" },
  { method: "GET", path: "/api/journal/assessment?timeZone=Europe/London" },
  { method: "GET", path: "/api/export" },
  { method: "GET", path: "/api/export/fhir" },
  { method: "GET", path: "/readyz" },
];

async function signedInPerson(app: FastifyInstance): Promise<Person> {
  const person = new Person(injectSend(app), uniqueEmail("outage"), PASSWORD);
  expect((await person.signup()).status).toBe(201);
  return person;
}

describe("a closed PGlite store", () => {
  let store: TestStore;
  let app: FastifyInstance;
  let person: Person;
  beforeAll(async () => {
    store = await openTestStore("pglite");
    app = await testApp(store.database);
    person = await signedInPerson(app);
    await store.database.close();
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each(everyRoute().map((request) => [`${request.method} ${request.path}`, request] as const))(
    "answers %s with 503 unavailable and Retry-After",
    async (_name, request) => {
      const response = await person.request(request);
      expect(response.status, response.text).toBe(503);
      expectOkOrUnavailable(response, request);
    },
  );

  it("answers a sign-up with 503 unavailable", async () => {
    const newcomer = new Person(injectSend(app), uniqueEmail("newcomer"), PASSWORD);
    const response = await newcomer.signup();
    expect(response.status, response.text).toBe(503);
    expectErrorBody(response, "unavailable");
  });

  it("answers a login with 503, not 401 or 500", async () => {
    const response = await person.request({
      method: "POST",
      path: "/api/auth/login",
      body: { email: person.email, password: PASSWORD },
    });
    expect(response.status, response.text).toBe(503);
  });
});

describe("a server shutting down", () => {
  it("answers a request that still reaches it with 503 unavailable and Retry-After, in the error shape", async () => {
    const store = await openTestStore("pglite");
    const app = await testApp(store.database);
    await app.ready();
    const closed = app.close();
    const response = await injectSend(app)({ method: "GET", path: "/api/questionnaire" });
    await closed;
    await store.close();
    expect(response.status).toBe(503);
    expectErrorBody(response, "unavailable");
    expect(response.headers["retry-after"]).toBe("5");
  });
});

describe.runIf(hasPostgres)("PostgreSQL stopped in the middle of a burst", () => {
  let cluster: ThrowawayPostgres;
  let database: Database;
  let app: FastifyInstance;
  let person: Person;
  beforeAll(async () => {
    cluster = await startThrowawayPostgres();
    database = await openPostgres({ url: cluster.url });
    await migrate(database);
    app = await testApp(database);
    person = await signedInPerson(app);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
    cluster?.destroy();
  });

  it("answers every request 2xx or 503 with Retry-After while it stops, and recovers when it starts", async () => {
    const answers: { request: ApiRequest; response: ApiResponse }[] = [];
    const cutOff: ApiRequest[] = [];
    // A streamed export has sent its 200 and first pages before the database goes; the only honest answer
    // left is to cut the chunked response short, which the client sees as incomplete (never a whole 200).
    const send = (request: ApiRequest) =>
      person.request(request).catch((error: { code?: string }) => {
        if (error.code !== "LIGHT_ECONNRESET") throw error;
        cutOff.push(request);
        return undefined;
      });
    let stopping = true;
    const burst = async () => {
      while (stopping) {
        const batch = everyRoute();
        const responses = await Promise.all(batch.map(send));
        responses.forEach((response, index) => {
          if (response) answers.push({ request: batch[index] as ApiRequest, response });
        });
      }
    };
    const workers = [burst(), burst(), burst()];
    // The database stops once the burst has been answered at least once (on a busy machine the first
    // answers can take longer than any fixed wait).
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (let waited = 0; answers.length === 0 && waited < 30_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    cluster.stop();
    await new Promise((resolve) => setTimeout(resolve, 500));
    stopping = false;
    await Promise.all(workers);
    for (const { request, response } of answers) expectOkOrUnavailable(response, request);
    for (const request of cutOff) expect(request.path).toMatch(/^\/api\/export/);
    const unavailable = answers.filter(({ response }) => response.status === 503).length;
    expect(unavailable).toBeGreaterThan(0);
    expect(answers.length - unavailable).toBeGreaterThan(0);

    cluster.start();
    let ready = await person.request({ method: "GET", path: "/readyz" });
    for (let tries = 0; ready.status !== 200 && tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      ready = await person.request({ method: "GET", path: "/readyz" });
    }
    expect(ready.status).toBe(200);
    const event = checkIn({ id: randomUUID() });
    expect((await person.request({ method: "POST", path: "/api/journal/events", body: event })).status).toBe(
      201,
    );
    expect((await person.request({ method: "GET", path: "/api/auth/session" })).json).toMatchObject({
      user: { email: person.email },
    });
  }, 60_000);
});
