import type { FastifyInstance } from "fastify";
import { beforeEach, describe, expect, it } from "vitest";
import { checkIn } from "../../test-support/journal-events";
import { BACKENDS, testApp, useTestStore } from "../../test-support/test-app";
import { testClock } from "../../test-support/test-clock";
import { TestPerson } from "../../test-support/test-person";

const MINUTE = 60_000;

describe.each(BACKENDS)("accounts on %s", (backend) => {
  const store = useTestStore(backend);
  let clock: Date;
  const serverClock = testClock(() => clock);
  let app: FastifyInstance;
  beforeEach(async () => {
    clock = new Date("2026-11-24T12:00:00Z");
    app = await testApp(store().database, {}, serverClock);
  });
  const advance = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
  };

  describe("sign-up", () => {
    it("says a fresh server is waiting for its owner", async () => {
      const response = await new TestPerson(app).request("GET", "/api/auth/session");
      expect(response.json()).toEqual({ user: null, signup: "owner-setup" });
    });

    it("makes the first account the owner and later ones members", async () => {
      const owner = await new TestPerson(app).signup();
      const member = await new TestPerson(app).signup();
      expect(owner.statusCode).toBe(201);
      expect(owner.json().user.role).toBe("owner");
      expect(member.json().user.role).toBe("member");
    });

    it("creates exactly one owner when two people sign up at once on a fresh server", async () => {
      const answers = await Promise.all([new TestPerson(app).signup(), new TestPerson(app).signup()]);
      expect(answers.map((a) => a.statusCode)).toEqual([201, 201]);
      expect(answers.map((a) => a.json().user.role).sort()).toEqual(["member", "owner"]);
    });

    it("signs the new person in with an HttpOnly, SameSite=Lax cookie", async () => {
      const response = await new TestPerson(app).signup();
      const [cookie] = response.cookies;
      expect(cookie).toMatchObject({ name: "limber_session", httpOnly: true, sameSite: "Lax", path: "/" });
      expect(cookie?.secure).toBeFalsy();
      expect(cookie?.value.length).toBeGreaterThanOrEqual(22); // at least 128 bits, base64url
    });

    it("uses a Secure __Host- cookie when served over https", async () => {
      const proxied = await testApp(store().database, { trustProxy: 1 }, serverClock);
      const person = new TestPerson(proxied);
      const response = await person.request(
        "POST",
        "/api/auth/signup",
        { email: person.email, password: person.password },
        { "x-forwarded-proto": "https" },
      );
      expect(response.cookies[0]).toMatchObject({ name: "__Host-limber_session", secure: true, path: "/" });
      expect(response.headers["strict-transport-security"]).toContain("max-age=");
    });

    it("answers 409 email_taken for an email already in use, whatever its case", async () => {
      const first = new TestPerson(app, "ann@example.test");
      await first.signup();
      const again = await new TestPerson(app, "  ANN@example.test").signup();
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe("email_taken");
    });

    it.each([
      ["shorter than 8 characters", "short7!", "out_of_range"],
      ["longer than 128 characters", "x".repeat(129), "out_of_range"],
      ["one of the most common passwords", "Password123", "invalid_input"],
    ])("refuses a password %s", async (_label, password, code) => {
      const response = await new TestPerson(app, undefined, password).signup();
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details[0]).toMatchObject({ code, path: "password" });
    });

    it("accepts a 128-character password", async () => {
      const accented = Array.from({ length: 128 }, (_, i) =>
        String.fromCodePoint(0xe0 + ((i * 7) % 31)),
      ).join("");
      expect((await new TestPerson(app, undefined, accented).signup()).statusCode).toBe(201);
    });

    it("refuses a malformed email with a message naming the field", async () => {
      const response = await new TestPerson(app, "not-an-email").signup();
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details[0].path).toBe("email");
    });
  });

  describe("sign-up by invitation", () => {
    let invited: FastifyInstance;
    let owner: TestPerson;
    beforeEach(async () => {
      invited = await testApp(store().database, { signup: "invite" }, serverClock);
      owner = new TestPerson(invited);
      await owner.signup();
    });

    it("still lets the very first person create the owner account", () => {
      expect(owner.cookie).toBeDefined();
    });

    it("refuses a sign-up without a code", async () => {
      const response = await new TestPerson(invited).signup();
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe("signup_closed");
      expect((await owner.request("GET", "/api/auth/session")).json().signup).toBe("invite");
    });

    it("accepts an owner's invite code once", async () => {
      const invite = await owner.request("POST", "/api/invites", {});
      expect(invite.statusCode).toBe(201);
      const { code } = invite.json();
      expect((await new TestPerson(invited).signup({ inviteCode: code })).statusCode).toBe(201);
      const reuse = await new TestPerson(invited).signup({ inviteCode: code });
      expect(reuse.statusCode).toBe(403);
      expect(reuse.json().error.code).toBe("invalid_invite");
    });

    it("refuses an expired invite code", async () => {
      const { code } = (await owner.request("POST", "/api/invites", {})).json();
      advance(8 * 24 * 60 * MINUTE);
      expect((await new TestPerson(invited).signup({ inviteCode: code })).statusCode).toBe(403);
    });

    it("lets only the owner create invites", async () => {
      const { code } = (await owner.request("POST", "/api/invites", {})).json();
      const member = new TestPerson(invited);
      await member.signup({ inviteCode: code });
      const response = await member.request("POST", "/api/invites", {});
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe("forbidden");
    });
  });

  describe("sign-in", () => {
    let ann: TestPerson;
    beforeEach(async () => {
      ann = new TestPerson(app);
      await ann.signup();
      ann.cookie = undefined;
    });

    it("signs in with the right password", async () => {
      const response = await ann.login();
      expect(response.statusCode).toBe(200);
      expect(response.json().user.email).toBe(ann.email);
      expect((await ann.request("GET", "/api/auth/session")).json().user.email).toBe(ann.email);
    });

    it("answers a wrong password and an unknown email alike", async () => {
      const wrong = await ann.login("not the password at all");
      const unknown = await new TestPerson(app, "nobody@example.test").login();
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(unknown.body).toBe(wrong.body);
      expect(wrong.cookies).toEqual([]);
    });

    it("rate-limits after 10 failures and says so the same way for unknown accounts", async () => {
      for (let i = 0; i < 10; i++) expect((await ann.login("wrong password!")).statusCode).toBe(401);
      const limited = await ann.login();
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error.code).toBe("rate_limited");
      advance(16 * MINUTE);
      expect((await ann.login()).statusCode).toBe(200);
    });
  });

  describe("sessions", () => {
    let ann: TestPerson;
    beforeEach(async () => {
      ann = new TestPerson(app);
      await ann.signup();
    });
    const journal = (person: TestPerson) => person.request("GET", "/api/journal/events");

    it("revokes the session on the server at logout, so the old cookie no longer works", async () => {
      const stolen = new TestPerson(app, ann.email);
      stolen.cookie = ann.cookie;
      expect((await ann.request("POST", "/api/auth/logout", {})).statusCode).toBe(204);
      expect(ann.cookie).toBeUndefined();
      expect((await journal(stolen)).statusCode).toBe(401);
    });

    it("ends a session idle for longer than the idle timeout", async () => {
      advance(11 * 60 * MINUTE);
      expect((await journal(ann)).statusCode).toBe(200);
      advance(11 * 60 * MINUTE);
      expect((await journal(ann)).statusCode).toBe(200); // each use restarts the idle clock
      advance(12 * 60 * MINUTE + MINUTE);
      expect((await journal(ann)).statusCode).toBe(401);
    });

    it("ends a session at its absolute lifetime however active it is", async () => {
      for (let hour = 0; hour < 14 * 24; hour += 6) {
        advance(6 * 60 * MINUTE);
        if (hour + 6 < 14 * 24) expect((await journal(ann)).statusCode).toBe(200);
      }
      expect((await journal(ann)).statusCode).toBe(401);
    });

    it("clears away the person's unusable sessions when they sign in again", async () => {
      advance(13 * 60 * MINUTE);
      await new TestPerson(app, ann.email).login();
      const rows = await store().database.db.selectFrom("sessions").select("created_at").execute();
      expect(rows.map((row) => row.created_at.getTime())).toEqual([clock.getTime()]);
    });

    it("changes the password, moves this browser to a new session and revokes every other", async () => {
      const phone = new TestPerson(app, ann.email);
      await phone.login();
      const response = await ann.request("POST", "/api/auth/password", {
        currentPassword: ann.password,
        newPassword: "a brand new passphrase",
      });
      expect(response.statusCode).toBe(204);
      expect((await journal(ann)).statusCode).toBe(200);
      expect((await journal(phone)).statusCode).toBe(401);
      expect((await phone.login()).statusCode).toBe(401);
      expect((await phone.login("a brand new passphrase")).statusCode).toBe(200);
    });

    it("refuses a password change with the wrong current password", async () => {
      const response = await ann.request("POST", "/api/auth/password", {
        currentPassword: "not my password",
        newPassword: "a brand new passphrase",
      });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe("invalid_credentials");
    });
  });

  describe("deleting the account", () => {
    it("deletes the account and everything it owns, and signs out", async () => {
      const ann = new TestPerson(app);
      await ann.signup();
      await ann.request("POST", "/api/journal/events", checkIn());
      const cookie = ann.cookie;
      const response = await ann.request("DELETE", "/api/account", { password: ann.password });
      expect(response.statusCode).toBe(204);
      const after = new TestPerson(app, ann.email);
      after.cookie = cookie;
      expect((await after.request("GET", "/api/journal/events")).statusCode).toBe(401);
      expect((await after.login()).statusCode).toBe(401);
      const { db } = store().database;
      for (const table of ["journal_events", "screenings", "sessions", "invites"] as const) {
        const rows = await db.selectFrom(table).select("owner_id").execute();
        expect(rows).toEqual([]);
      }
    });

    it("refuses without the right password", async () => {
      const ann = new TestPerson(app);
      await ann.signup();
      const response = await ann.request("DELETE", "/api/account", { password: "not my password" });
      expect(response.statusCode).toBe(401);
      expect((await ann.request("GET", "/api/journal/events")).statusCode).toBe(200);
    });
  });
});
