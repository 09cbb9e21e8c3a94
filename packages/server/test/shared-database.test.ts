/**
 * Two `limber serve` processes: on one PostgreSQL they share accounts, sessions and the journal (so a person
 * can be served by either) and outlive PostgreSQL dropping their connections; on one PGlite data directory
 * the second is refused with a clear message.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChildServer, startChildServer } from "../../cli/test-support/child-server";
import { httpSend, Person } from "../test-support/api-client";
import { checkIn, PASSWORD, uniqueEmail } from "../test-support/journal-events";
import {
  backends,
  createTestDatabase,
  dropConnectionsTo,
  type TestDatabase,
} from "../test-support/test-database";

const CLI_BIN = fileURLToPath(new URL("../../cli/bin/limber.js", import.meta.url));
/** Process starts are slow on a busy machine; these hooks and tests spawn `limber serve`. */
const SPAWNING_MS = 120_000;

describe("two servers on one PGlite data directory", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "limber-two-pglite-"));
  let first: ChildServer;
  beforeAll(async () => {
    first = await startChildServer({ dataDir });
  }, SPAWNING_MS);
  afterAll(async () => {
    await first.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    "refuses the second with a message naming the directory and the running process",
    () => {
      const env = { ...process.env };
      delete env.DATABASE_URL;
      const second = spawnSync(process.execPath, [CLI_BIN, "serve", "--port", "0", "--data", dataDir], {
        env,
        encoding: "utf8",
        timeout: SPAWNING_MS,
      });
      expect(second.status).not.toBe(0);
      expect(second.signal).toBeNull();
      expect(second.stderr).toContain(dataDir);
      expect(second.stderr).toContain(String(first.pid));
      expect(second.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    },
    SPAWNING_MS,
  );

  it("keeps the first server serving", async () => {
    expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
  });
});

describe.each(backends().filter((backend) => backend === "postgres"))("two servers on one %s", () => {
  let database: TestDatabase;
  let a: ChildServer;
  let b: ChildServer;
  beforeAll(async () => {
    database = await createTestDatabase("two_servers");
    // Both start at once: migrations must cope with a concurrent start.
    [a, b] = await Promise.all([
      startChildServer({ databaseUrl: database.url, env: { LIMBER_SIGNUP: "open" } }),
      startChildServer({ databaseUrl: database.url, env: { LIMBER_SIGNUP: "open" } }),
    ]);
  }, SPAWNING_MS);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  });

  it("makes exactly one owner when the first two people sign up at once on different servers", async () => {
    const first = new Person(httpSend(a.url), uniqueEmail("first"), PASSWORD);
    const second = new Person(httpSend(b.url), uniqueEmail("second"), PASSWORD);
    const responses = await Promise.all([first.signup(), second.signup()]);
    expect(responses.map((response) => response.status)).toEqual([201, 201]);
    const roles = responses.map((response) => (response.json as { user: { role: string } }).user.role);
    expect(roles.sort()).toEqual(["member", "owner"]);
  });

  it("accepts on one server a session cookie issued by the other", async () => {
    const person = new Person(httpSend(a.url), uniqueEmail("shared"), PASSWORD);
    expect((await person.signup()).status).toBe(201);
    const cookie = person.cookieHeader ?? "";
    const viaB = await httpSend(b.url)({ method: "GET", path: "/api/auth/session", headers: { cookie } });
    expect(viaB.status).toBe(200);
    expect((viaB.json as { user: { email: string } | null }).user?.email).toBe(person.email);
  });

  it("shows on one server the journal events written through the other", async () => {
    const person = new Person(httpSend(a.url), uniqueEmail("shared"), PASSWORD);
    expect((await person.signup()).status).toBe(201);
    const cookie = person.cookieHeader ?? "";
    const event = checkIn();
    const written = await httpSend(b.url)({
      method: "POST",
      path: "/api/journal/events",
      headers: { cookie },
      body: event,
    });
    expect(written.status).toBe(201);
    const read = await person.request({ method: "GET", path: "/api/journal/events" });
    expect((read.json as { events: { id: string }[] }).events.map((e) => e.id)).toEqual([event.id]);
  });

  it("revokes the session on both servers when the person logs out through one", async () => {
    const person = new Person(httpSend(a.url), uniqueEmail("shared"), PASSWORD);
    expect((await person.signup()).status).toBe(201);
    const cookie = person.cookieHeader ?? "";
    expect((await person.request({ method: "POST", path: "/api/auth/logout", body: {} })).status).toBe(204);
    const viaB = await httpSend(b.url)({ method: "GET", path: "/api/journal/events", headers: { cookie } });
    expect(viaB.status).toBe(401);
  });

  it("stores a write retried on the other server once", async () => {
    const person = new Person(httpSend(a.url), uniqueEmail("shared"), PASSWORD);
    expect((await person.signup()).status).toBe(201);
    const cookie = person.cookieHeader ?? "";
    const event = checkIn();
    const send = (server: ChildServer) =>
      httpSend(server.url)({ method: "POST", path: "/api/journal/events", headers: { cookie }, body: event });
    const statuses = (await Promise.all([send(a), send(b), send(a), send(b)])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 201]);
    const read = await person.request({ method: "GET", path: "/api/journal/events" });
    expect((read.json as { events: unknown[] }).events).toHaveLength(1);
  });

  it("keeps both servers up and answering after PostgreSQL drops every connection", async () => {
    const person = new Person(httpSend(a.url), uniqueEmail("outage"), PASSWORD);
    expect((await person.signup()).status).toBe(201);
    expect(await dropConnectionsTo(database.url)).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const server of [a, b]) {
      expect(server.child.exitCode, server.output()).toBeNull();
      expect(server.child.signalCode).toBeNull();
    }
    // The pools open new connections: the next requests succeed, on both servers.
    const write = await person.request({ method: "POST", path: "/api/journal/events", body: checkIn() });
    expect(write.status, write.text).toBe(201);
    const cookie = person.cookieHeader ?? "";
    const read = await httpSend(b.url)({ method: "GET", path: "/api/journal/events", headers: { cookie } });
    expect(read.status, read.text).toBe(200);
    expect((read.json as { events: unknown[] }).events).toHaveLength(1);
  });
});
