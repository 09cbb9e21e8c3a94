/** Accounts and sessions as docs/api.md specifies them, on PGlite and on PostgreSQL, through app.inject(). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Person } from "../test-support/api-client";
import { expectErrorBody } from "../test-support/error-body";
import { checkIn, PASSWORD, uniqueEmail } from "../test-support/journal-events";
import { type AppHarness, openApp } from "../test-support/test-app";
import { testClock } from "../test-support/test-clock";
import { backends } from "../test-support/test-database";

const HOUR = 3_600_000;
type SessionState = { user: { email: string; role: string } | null; signup: string };

describe.each(backends())("accounts on %s (invite-only sign-up)", (backend) => {
  let app: AppHarness;
  let clock = Date.parse("2026-11-24T12:00:00Z");
  let owner: Person;
  beforeAll(async () => {
    app = await openApp(backend, {
      settings: { signup: "invite", loginAttempts: 3, sessionIdleMs: 12 * HOUR },
      clock: testClock(() => clock),
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  /** Failed sign-ins count per client address too, and every inject() comes from 127.0.0.1: start afresh. */
  const afterThrottleWindow = () => {
    clock += 16 * 60_000;
  };

  const session = async (person: Person) =>
    (await person.request({ method: "GET", path: "/api/auth/session" })).json as SessionState;

  it("reports owner-setup while the server has no account", async () => {
    expect(await session(app.anonymous())).toEqual({ user: null, signup: "owner-setup" });
  });

  it("makes the first account the owner and sets an HttpOnly, SameSite=Lax session cookie", async () => {
    owner = new Person(app.send, uniqueEmail("owner"), PASSWORD);
    const response = await owner.signup();
    expect(response.status).toBe(201);
    expect((response.json as { user: { role: string } }).user.role).toBe("owner");
    const cookie = response.setCookies.find((line) => line.startsWith("limber_session=")) ?? "";
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
    expect(await session(owner)).toEqual({
      user: expect.objectContaining({ email: owner.email, role: "owner" }),
      signup: "invite",
    });
  });

  it("refuses a second sign-up without an invite code (403 signup_closed)", async () => {
    const response = await new Person(app.send, uniqueEmail("uninvited"), PASSWORD).signup();
    expect(response.status).toBe(403);
    expectErrorBody(response, "signup_closed");
  });

  it("lets the owner invite someone once: the code signs up a member and cannot be reused", async () => {
    const invite = await owner.request({ method: "POST", path: "/api/invites", body: {} });
    expect(invite.status).toBe(201);
    const { code, expiresAt } = invite.json as { code: string; expiresAt: string };
    expect(Date.parse(expiresAt)).toBeGreaterThan(clock);
    const member = new Person(app.send, uniqueEmail("member"), PASSWORD);
    const joined = await member.signup({ inviteCode: code });
    expect(joined.status).toBe(201);
    expect((joined.json as { user: { role: string } }).user.role).toBe("member");
    const reused = await new Person(app.send, uniqueEmail("late"), PASSWORD).signup({ inviteCode: code });
    expect(reused.status).toBe(403);
    expectErrorBody(reused, "invalid_invite");
  });

  it("answers 409 email_taken for an email that differs only in case", async () => {
    const invite = (await owner.request({ method: "POST", path: "/api/invites", body: {} })).json as {
      code: string;
    };
    const response = await new Person(app.send, owner.email.toUpperCase(), PASSWORD).signup({
      inviteCode: invite.code,
    });
    expect(response.status).toBe(409);
    expectErrorBody(response, "email_taken");
  });

  it.each([
    ["too short", "short"],
    ["one of the most common", "password123"],
  ])("rejects a password that is %s with 400", async (_name, password) => {
    const invite = (await owner.request({ method: "POST", path: "/api/invites", body: {} })).json as {
      code: string;
    };
    const response = await new Person(app.send, uniqueEmail("weak"), password).signup({
      inviteCode: invite.code,
    });
    expect(response.status).toBe(400);
    expectErrorBody(response, "invalid_input");
    expect(response.text).toContain("password");
  });

  it("answers a wrong password and an unknown email with the same 401", async () => {
    afterThrottleWindow();
    const wrong = await new Person(app.send, owner.email, "not the right password").login();
    const unknown = await new Person(app.send, uniqueEmail("nobody"), "not the right password").login();
    expect(wrong.status).toBe(401);
    expectErrorBody(wrong, "invalid_credentials");
    expect(unknown.json).toEqual(wrong.json);
  });

  it("rate-limits repeated failed sign-ins (429) and lets the person in after the window", async () => {
    afterThrottleWindow();
    const target = await invitedMember();
    const attacker = new Person(app.send, target.email, "guessing the password");
    for (let attempt = 0; attempt < 3; attempt++) expect((await attacker.login()).status).toBe(401);
    const limited = await attacker.login();
    expect(limited.status).toBe(429);
    expectErrorBody(limited, "rate_limited");
    expect((await target.login()).status).toBe(429);
    afterThrottleWindow();
    expect((await target.login()).status).toBe(200);
  });

  it("revokes the session on the server at logout: the old cookie no longer works", async () => {
    const person = await invitedMember();
    const stolen = person.cookieHeader ?? "";
    expect((await person.request({ method: "POST", path: "/api/auth/logout", body: {} })).status).toBe(204);
    const replay = await app.send({
      method: "GET",
      path: "/api/journal/events",
      headers: { cookie: stolen },
    });
    expect(replay.status).toBe(401);
    expect(await session(person)).toEqual({ user: null, signup: "invite" });
  });

  it("changes the password, moves this browser to a new session and revokes every other one", async () => {
    const person = await invitedMember();
    const laptop = new Person(app.send, person.email, PASSWORD);
    expect((await laptop.login()).status).toBe(200);
    const newPassword = "a much longer new passphrase";
    const change = await person.request({
      method: "POST",
      path: "/api/auth/password",
      body: { currentPassword: PASSWORD, newPassword },
    });
    expect(change.status).toBe(204);
    expect((await person.request({ method: "GET", path: "/api/journal/events" })).status).toBe(200);
    expect((await laptop.request({ method: "GET", path: "/api/journal/events" })).status).toBe(401);
    expect((await new Person(app.send, person.email, PASSWORD).login()).status).toBe(401);
    expect((await new Person(app.send, person.email, newPassword).login()).status).toBe(200);
  });

  it("refuses a password change with the wrong current password (401)", async () => {
    afterThrottleWindow();
    const person = await invitedMember();
    const response = await person.request({
      method: "POST",
      path: "/api/auth/password",
      body: { currentPassword: "not my password", newPassword: "a much longer new passphrase" },
    });
    expect(response.status).toBe(401);
    expectErrorBody(response, "invalid_credentials");
  });

  it("ends a session after the idle timeout", async () => {
    const person = await invitedMember();
    clock += 11 * HOUR;
    expect((await person.request({ method: "GET", path: "/api/journal/events" })).status).toBe(200);
    clock += 11 * HOUR; // idle time counts from the last request
    expect((await person.request({ method: "GET", path: "/api/journal/events" })).status).toBe(200);
    clock += 13 * HOUR;
    const expired = await person.request({ method: "GET", path: "/api/journal/events" });
    expect(expired.status).toBe(401);
    expectErrorBody(expired, "unauthenticated");
    // The owner idled out too; sign in again for the tests that follow.
    expect((await owner.login()).status).toBe(200);
  });

  it("deletes the account and everything it owns only with the right password", async () => {
    afterThrottleWindow();
    const person = await invitedMember();
    const event = checkIn({ at: "2026-11-20T08:00:00Z" });
    await person.request({ method: "POST", path: "/api/journal/events", body: event });
    const wrong = await person.request({
      method: "DELETE",
      path: "/api/account",
      body: { password: "nope nope nope" },
    });
    expect(wrong.status).toBe(401);
    const cookie = person.cookieHeader ?? "";
    const deleted = await person.request({
      method: "DELETE",
      path: "/api/account",
      body: { password: PASSWORD },
    });
    expect(deleted.status).toBe(204);
    const replay = await app.send({ method: "GET", path: "/api/export", headers: { cookie } });
    expect(replay.status).toBe(401);
    expect((await new Person(app.send, person.email, PASSWORD).login()).status).toBe(401);
    // The same email can start again from nothing: no event survived the deletion.
    const invite = (await owner.request({ method: "POST", path: "/api/invites", body: {} })).json as {
      code: string;
    };
    const again = new Person(app.send, person.email, PASSWORD);
    expect((await again.signup({ inviteCode: invite.code })).status).toBe(201);
    const events = (await again.request({ method: "GET", path: "/api/journal/events" })).json as {
      events: unknown[];
    };
    expect(events.events).toEqual([]);
  });

  async function invitedMember(): Promise<Person> {
    const invite = (await owner.request({ method: "POST", path: "/api/invites", body: {} })).json as {
      code: string;
    };
    const person = new Person(app.send, uniqueEmail("member"), PASSWORD);
    const response = await person.signup({ inviteCode: invite.code });
    expect(response.status, response.text).toBe(201);
    return person;
  }
});

describe.each(backends())("the first sign-ups on a fresh %s server", (backend) => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await openApp(backend, { settings: { signup: "invite" } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it("make exactly one owner when several arrive at once; the others need an invite", async () => {
    const people = Array.from({ length: 5 }, () => new Person(app.send, uniqueEmail("racer"), PASSWORD));
    const responses = await Promise.all(people.map((person) => person.signup()));
    const created = responses.filter((response) => response.status === 201);
    expect(created).toHaveLength(1);
    expect((created[0]?.json as { user: { role: string } } | undefined)?.user.role).toBe("owner");
    for (const refused of responses.filter((response) => response.status !== 201)) {
      expect(refused.status).toBe(403);
      expectErrorBody(refused, "signup_closed");
    }
  });
});
