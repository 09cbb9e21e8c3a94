/**
 * Issue 17, finding 7 (what to build, item 6): unsalted SHA-256 keys of a deleted account's email and address
 * stayed in `login_failures`, and both were recovered from them in about a second. Throttle keys are now
 * HMACs with a server secret, and the rows about a deleted account's email and the addresses it used go with
 * it: a dump of every table after the deletion holds neither the email, any hash of it, nor the address.
 */
import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { beforeEach, describe, expect, it } from "vitest";
import { PASSWORD } from "../test-support/journal-events";
import { BACKENDS, testApp, useTestStore } from "../test-support/test-app";

const ADDRESS = "203.0.113.77";
const EMAIL = "leaves-nothing@example.test";

const sha256 = (text: string, encoding: "hex" | "base64url") =>
  createHash("sha256").update(text).digest(encoding);

/** Every hash today's and yesterday's code made from the email or the address. */
function hashesOf(email: string, address: string): string[] {
  const keys = [
    email,
    address,
    `throttle:login-account:${email}`,
    `throttle:login-known:${email}|${address}`,
    `throttle:signup-email:${email}`,
    `throttle:login-address:${address}`,
    `throttle:signup-address:${address}`,
    `share-address:${address}`,
  ];
  return keys.flatMap((key) => [sha256(key, "hex"), sha256(key, "base64url")]);
}

describe.each(BACKENDS)("issue 17 finding 7: nothing identifying outlives an account (%s)", (backend) => {
  const store = useTestStore(backend);
  let app: FastifyInstance;
  beforeEach(async () => {
    app = await testApp(store().database);
  });

  const send = (method: "POST" | "DELETE", url: string, body: unknown, cookie?: string) =>
    app.inject({
      method,
      url,
      remoteAddress: ADDRESS,
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      payload: JSON.stringify(body),
    });

  async function dumpEveryTable(): Promise<Record<string, unknown[]>> {
    const { rows: tables } = await sql<{ name: string }>`
      SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`.execute(store().database.db);
    const dump: Record<string, unknown[]> = {};
    for (const { name } of tables) {
      dump[name] = (await sql.raw(`SELECT * FROM "${name}"`).execute(store().database.db)).rows;
    }
    return dump;
  }

  it("finding 7: after deletion no table holds the email, a hash of it, the address, or a throttle row about them", async () => {
    const signup = await send("POST", "/api/auth/signup", { email: EMAIL, password: PASSWORD });
    expect(signup.statusCode).toBe(201);
    // Failed and successful sign-ins: the throttle now has rows about the email and the address.
    for (const password of ["wrong password one", "wrong password two"]) {
      expect((await send("POST", "/api/auth/login", { email: EMAIL, password })).statusCode).toBe(401);
    }
    const login = await send("POST", "/api/auth/login", { email: EMAIL, password: PASSWORD });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const before = JSON.stringify(await dumpEveryTable());
    expect(before).toContain(EMAIL);

    const deleted = await send("DELETE", "/api/account", { password: PASSWORD }, cookie);
    expect(deleted.statusCode).toBe(204);

    const dump = await dumpEveryTable();
    const text = JSON.stringify(dump);
    expect(text).not.toContain(EMAIL);
    expect(text).not.toContain(ADDRESS);
    for (const hash of hashesOf(EMAIL, ADDRESS)) expect(text).not.toContain(hash);
    // Only this person used this server: every throttle row was about them, so none is left.
    expect(dump.login_failures).toEqual([]);
    expect(dump.share_failures).toEqual([]);
  });
});
