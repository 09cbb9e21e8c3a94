/**
 * Accounts under attack (issue 9, findings 2, 3, 4, 6, 10): the sign-in attempt is reserved atomically
 * before the password is hashed, so parallel tries cannot outrun the limit; a stranger failing on purpose
 * slows an account down but cannot lock its owner out; a client-written X-Forwarded-For never picks the
 * throttled address; sign-up refuses what it can before hashing and is rate-limited; a password change
 * rotates the session it was made from.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type ServerSettings, settingsFromEnv } from "../src/config/settings";
import { type ApiResponse, injectSend, Person, type Send } from "../test-support/api-client";
import { expectErrorBody } from "../test-support/error-body";
import { PASSWORD, uniqueEmail } from "../test-support/journal-events";
import { openTestStore, type TestStore, testApp } from "../test-support/test-app";
import { testClock } from "../test-support/test-clock";
import { backends } from "../test-support/test-database";

const MINUTE = 60_000;
/** What an operator gets from LIMBER_TRUST_PROXY=1, the documented setting behind one reverse proxy. */
const BEHIND_ONE_PROXY = settingsFromEnv({ LIMBER_TRUST_PROXY: "1" }).trustProxy;

describe.each(backends())("accounts under attack on %s", (backend) => {
  let store: TestStore;
  let clock: number;
  const now = testClock(() => clock);
  const appWith = async (settings: Partial<ServerSettings> = {}): Promise<Send> =>
    injectSend(
      await testApp(store.database, { signup: "open", trustProxy: BEHIND_ONE_PROXY, ...settings }, now),
    );
  const from = (address: string) => ({ "x-forwarded-for": address });
  const login = (send: Send, email: string, password: string, address = "203.0.113.1") =>
    send({ method: "POST", path: "/api/auth/login", headers: from(address), body: { email, password } });
  const checked = (responses: readonly ApiResponse[]) => responses.filter((r) => r.status !== 429).length;

  beforeAll(async () => {
    store = await openTestStore(backend);
  });
  afterAll(async () => {
    await store?.close();
  });
  beforeEach(async () => {
    await store.reset();
    clock = Date.parse("2026-11-24T12:00:00Z");
  });

  async function owner(send: Send): Promise<Person> {
    const person = new Person(send, uniqueEmail("owner"), PASSWORD);
    expect((await person.signup()).status).toBe(201);
    return person;
  }

  it.each([20, 40])("checks at most 10 passwords of %i parallel sign-ins from one address", async (count) => {
    const send = await appWith();
    const target = await owner(send);
    const responses = await Promise.all(
      Array.from({ length: count }, (_, i) =>
        login(send, target.email, i === count - 1 ? PASSWORD : "wrong password guess", "198.51.100.7"),
      ),
    );
    expect(checked(responses)).toBeLessThanOrEqual(10);
    expect(responses.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(count - 10);
    for (const response of responses.filter((r) => r.status === 429)) {
      expectErrorBody(response, "rate_limited");
      expect(Number(response.headers["retry-after"])).toBeGreaterThan(0);
    }
  });

  it.each([20, 40])(
    "checks at most 10 passwords of %i parallel sign-ins to one account from as many addresses",
    async (count) => {
      const send = await appWith();
      const target = await owner(send);
      const responses = await Promise.all(
        Array.from({ length: count }, (_, i) =>
          login(send, target.email, "wrong password guess", `198.51.100.${i + 1}`),
        ),
      );
      expect(checked(responses)).toBeLessThanOrEqual(10);
    },
  );

  it("slows an account down with a doubling delay after 10 failures, then lets the right password in", async () => {
    const send = await appWith();
    const target = await owner(send);
    for (let i = 0; i < 10; i++) {
      expect((await login(send, target.email, "wrong password guess", `192.0.2.${i + 1}`)).status).toBe(401);
    }
    const waits: number[] = [];
    for (let round = 0; round < 4; round++) {
      const refused = await login(send, target.email, "wrong password guess", "192.0.2.200");
      expect(refused.status).toBe(429);
      const wait = Number(refused.headers["retry-after"]);
      waits.push(wait);
      clock += wait * 1000;
      expect((await login(send, target.email, "wrong password guess", "192.0.2.201")).status).toBe(401);
    }
    expect(waits).toEqual([1, 2, 4, 8]);
    const stillSlowed = await login(send, target.email, PASSWORD, "192.0.2.202");
    expect(stillSlowed.status).toBe(429);
    clock += Number(stillSlowed.headers["retry-after"]) * 1000;
    expect((await login(send, target.email, PASSWORD, "192.0.2.202")).status).toBe(200);
  });

  it("never locks the owner out of their own address: the account's delay does not apply to it", async () => {
    const send = await appWith();
    const target = await owner(send);
    expect((await login(send, target.email, PASSWORD, "198.51.100.77")).status).toBe(200);
    for (let i = 0; i < 30; i++) await login(send, target.email, "wrong password guess", `192.0.2.${i + 1}`);
    expect((await login(send, target.email, PASSWORD, "192.0.2.250")).status).toBe(429);
    expect((await login(send, target.email, PASSWORD, "198.51.100.77")).status).toBe(200);
  });

  it("throttles the address the proxy saw, whatever the client wrote to the left of it", async () => {
    const send = await appWith();
    for (let i = 0; i < 10; i++) {
      const written = `10.0.${i}.1, 203.0.113.9`; // a different made-up hop each time
      expect((await login(send, uniqueEmail("nobody"), "wrong password guess", written)).status).toBe(401);
    }
    expect((await login(send, uniqueEmail("nobody"), "wrong password guess", "203.0.113.9")).status).toBe(
      429,
    );
    const prepended = await login(
      send,
      uniqueEmail("nobody"),
      "wrong password guess",
      "198.51.100.1, 203.0.113.9",
    );
    expect(prepended.status).toBe(429);
  });

  it("lets an address in again a window after its last failure", async () => {
    const send = await appWith();
    for (let i = 0; i < 10; i++)
      await login(send, uniqueEmail("nobody"), "wrong password guess", "203.0.113.50");
    expect((await login(send, uniqueEmail("nobody"), "wrong password guess", "203.0.113.50")).status).toBe(
      429,
    );
    clock += 15 * MINUTE;
    expect((await login(send, uniqueEmail("nobody"), "wrong password guess", "203.0.113.50")).status).toBe(
      401,
    );
  });

  it("refuses sign-up without an invite, or with a bad one, before hashing anything", async () => {
    await owner(await appWith());
    // A hash at this cost cannot be computed (scrypt refuses it): reaching the hash would be a 500.
    const send = await appWith({ signup: "invite", passwordCost: { log2N: 60, r: 8, p: 1 } });
    const uninvited = new Person(send, uniqueEmail("uninvited"), PASSWORD);
    expectErrorBody(await uninvited.signup(), "signup_closed");
    expectErrorBody(await uninvited.signup({ inviteCode: "not-a-code" }), "invalid_invite");
  });

  it("rate-limits refused sign-ups per address, before hashing, while sign-ups that succeed do not count", async () => {
    const send = await appWith({ signupAttemptsPerAddress: 3 });
    const signup = (sender: Send, password: string) =>
      sender({
        method: "POST",
        path: "/api/auth/signup",
        headers: from("198.51.100.30"),
        body: { email: uniqueEmail("flood"), password },
      });
    for (let i = 0; i < 5; i++) expect((await signup(send, PASSWORD)).status).toBe(201);
    for (let i = 0; i < 3; i++) expectErrorBody(await signup(send, "password1"), "invalid_input");
    // A hash at this cost cannot be computed: a 429 here proves the limit answered before any hashing.
    const limited = await signup(
      await appWith({ signupAttemptsPerAddress: 3, passwordCost: { log2N: 60, r: 8, p: 1 } }),
      PASSWORD,
    );
    expect(limited.status).toBe(429);
    expectErrorBody(limited, "rate_limited");
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
  });

  it("rate-limits sign-ups for one email from any number of addresses, so probing whether it exists is slow", async () => {
    const send = await appWith();
    const target = await owner(send);
    const probe = (i: number) =>
      send({
        method: "POST",
        path: "/api/auth/signup",
        headers: from(`198.51.100.${100 + i}`),
        body: { email: target.email.toUpperCase(), password: PASSWORD },
      });
    for (let i = 0; i < 4; i++) expectErrorBody(await probe(i), "email_taken");
    expectErrorBody(await probe(5), "rate_limited");
  });

  it("keeps no email or address in the throttle table, only hashes", async () => {
    const send = await appWith();
    const target = await owner(send);
    await login(send, target.email, "wrong password guess", "198.51.100.99");
    await login(send, target.email, PASSWORD, "198.51.100.99");
    const rows = await sql<Record<string, unknown>>`SELECT * FROM login_failures`.execute(store.database.db);
    expect(rows.rows.length).toBeGreaterThan(0);
    const stored = JSON.stringify(rows.rows);
    expect(stored).not.toContain(target.email);
    expect(stored).not.toContain("198.51.100.99");
  });

  it("rotates the session on a password change: a new cookie, and the old one no longer works", async () => {
    const send = await appWith();
    const person = await owner(send);
    const before = person.cookieHeader;
    const otherDevice = new Person(send, person.email, PASSWORD);
    expect((await otherDevice.login()).status).toBe(200);
    const changed = await person.request({
      method: "POST",
      path: "/api/auth/password",
      body: { currentPassword: PASSWORD, newPassword: "a brand new stiff back passphrase" },
    });
    expect(changed.status).toBe(204);
    expect(person.cookieHeader).toBeDefined();
    expect(person.cookieHeader).not.toBe(before);
    const old = await send({ method: "GET", path: "/api/screenings", headers: { cookie: before as string } });
    expect(old.status).toBe(401);
    expect((await otherDevice.request({ method: "GET", path: "/api/screenings" })).status).toBe(401);
    expect((await person.request({ method: "GET", path: "/api/screenings" })).status).toBe(200);
  });
});
