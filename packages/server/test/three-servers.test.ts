/**
 * Three `limber serve` processes on one PostgreSQL, as behind a load balancer (issue 9, build item 6):
 * a session made on one works on the others, the sign-in throttle counts across all three, and a write
 * retried through different processes is stored once. Nothing that matters lives in process memory.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChildServer, startChildServer } from "../../cli/test-support/child-server";
import { type ApiResponse, httpSend, Person } from "../test-support/api-client";
import { checkIn, PASSWORD, uniqueEmail } from "../test-support/journal-events";
import { backends, createTestDatabase, type TestDatabase } from "../test-support/test-database";

const SPAWNING_MS = 180_000;

describe.each(backends().filter((backend) => backend === "postgres"))("three servers on one %s", () => {
  let database: TestDatabase;
  let servers: ChildServer[] = [];
  beforeAll(async () => {
    database = await createTestDatabase("three");
    // One at a time: the first applies the migrations, the others find them done.
    for (let i = 0; i < 3; i++) {
      servers.push(
        await startChildServer({
          databaseUrl: database.url,
          env: { LIMBER_SIGNUP: "open", LIMBER_LOG_LEVEL: "warn" },
        }),
      );
    }
  }, SPAWNING_MS);
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    servers = [];
    await database?.drop();
  }, SPAWNING_MS);

  /** The same person (one cookie jar) talking to server `index`. */
  const through = (person: Person, index: number) =>
    new Person(httpSend((servers[index] as ChildServer).url), person.email, person.password);

  it("accepts on every server the session cookie made on one of them", async () => {
    const person = new Person(httpSend((servers[0] as ChildServer).url), uniqueEmail("roaming"), PASSWORD);
    expect((await person.signup()).status).toBe(201);
    const cookie = person.cookieHeader as string;
    for (const server of servers) {
      const response = await httpSend(server.url)({
        method: "GET",
        path: "/api/auth/session",
        headers: { cookie },
      });
      expect((response.json as { user: { email: string } | null }).user?.email).toBe(person.email);
    }
  });

  it("counts the sign-in throttle across all three: 30 parallel wrong tries check at most 10 passwords", async () => {
    const owner = new Person(httpSend((servers[1] as ChildServer).url), uniqueEmail("target"), PASSWORD);
    expect((await owner.signup()).status).toBe(201);
    const responses: ApiResponse[] = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        httpSend((servers[i % 3] as ChildServer).url)({
          method: "POST",
          path: "/api/auth/login",
          body: { email: owner.email, password: "wrong password guess" },
        }),
      ),
    );
    const checked = responses.filter((response) => response.status !== 429);
    expect(checked.every((response) => response.status === 401)).toBe(true);
    expect(checked.length).toBeLessThanOrEqual(10);
    expect(responses.filter((response) => response.status === 429).length).toBeGreaterThanOrEqual(20);
  });

  it("stores once a journal write retried through all three servers at once", async () => {
    const person = new Person(httpSend((servers[2] as ChildServer).url), uniqueEmail("retrying"), PASSWORD);
    expect((await person.signup()).status).toBe(201);
    const event = checkIn({ id: randomUUID() });
    const cookie = person.cookieHeader as string;
    const statuses = await Promise.all(
      servers.map(
        async (server) =>
          (
            await httpSend(server.url)({
              method: "POST",
              path: "/api/journal/events",
              headers: { cookie },
              body: event,
            })
          ).status,
      ),
    );
    expect([...statuses].sort()).toEqual([200, 200, 201]);
    for (let index = 0; index < 3; index++) {
      const listed = await through(person, index).request({
        method: "GET",
        path: "/api/journal/events",
        headers: { cookie },
      });
      expect((listed.json as { events: { id: string }[] }).events.map((stored) => stored.id)).toEqual([
        event.id,
      ]);
    }
  });
});
