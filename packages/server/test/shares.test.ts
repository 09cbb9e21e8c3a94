/**
 * Sharing with a clinician (design: "Sharing with a clinician"), on PGlite and PostgreSQL: create, list with
 * the access log, revoke, and read the record and FHIR Bundle through a bearer token that grants nothing else.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ApiResponse, Person } from "../test-support/api-client";
import { expectErrorBody } from "../test-support/error-body";
import { adjustUrge, checkIn, sessionEvent } from "../test-support/journal-events";
import { SELF_CARE_ANSWERS } from "../test-support/screening-answers";
import { type AppHarness, openApp } from "../test-support/test-app";
import { testClock } from "../test-support/test-clock";
import { backends } from "../test-support/test-database";

type Share = { id: string; label?: string; createdAt: string; expiresAt: string; revokedAt: string | null };
type Created = { share: Share; token: string; url: string };
type Listed = { shares: (Share & { accesses: { at: string; what: string }[] })[] };

const API_DOC = readFileSync(new URL("../../../docs/api.md", import.meta.url), "utf8");
const SHARE_ROUTES = [
  ["post", "/api/shares"],
  ["get", "/api/shares"],
  ["delete", "/api/shares/{id}"],
  ["get", "/api/shared/record"],
  ["get", "/api/shared/fhir"],
  ["get", "/api/shared/status"],
] as const;
const START = Date.parse("2026-11-24T12:00:00Z");
const DAY_MS = 86_400_000;

describe.each(backends())("shares on %s", (backend) => {
  let app: AppHarness;
  let clockMs = START;
  let person: Person;
  let other: Person;
  let address = 0;
  /** Each read comes from its own address unless a test says otherwise, so guessing limits stay apart. */
  const nextAddress = () => `10.1.${Math.floor(++address / 250)}.${address % 250}`;

  const create = async (who: Person, body: unknown = { expiresInDays: 14 }) => {
    const response = await who.request({ method: "POST", path: "/api/shares", body });
    expect(response.status, response.text).toBe(201);
    return response.json as Created;
  };
  const readShared = (
    token: string,
    what: "record" | "fhir" | "status" = "record",
    remoteAddress = nextAddress(),
  ) =>
    app.anonymous().request({
      method: "GET",
      path: `/api/shared/${what}`,
      headers: { authorization: `Bearer ${token}` },
      remoteAddress,
    });
  const list = async (who: Person) =>
    ((await who.request({ method: "GET", path: "/api/shares" })).json as Listed).shares;
  const revoke = (who: Person, id: string) =>
    who.request({ method: "DELETE", path: `/api/shares/${id}`, body: {} });

  beforeAll(async () => {
    app = await openApp(backend, { clock: testClock(() => clockMs) });
    await app.signedUp("owner");
    person = await app.signedUp("sharing");
    other = await app.signedUp("other");
    for (const event of [
      checkIn({ at: "2026-11-20T08:00:00Z", stiffness: 6, pain: 3, note: "stiff after the drive" }),
      sessionEvent({ at: "2026-11-20T09:00:00Z" }),
      adjustUrge({ at: "2026-11-21T10:00:00Z" }),
    ]) {
      expect(
        (await person.request({ method: "POST", path: "/api/journal/events", body: event })).status,
      ).toBe(201);
    }
    await person.request({ method: "POST", path: "/api/screenings", body: { answers: SELF_CARE_ANSWERS } });
    await other.request({
      method: "POST",
      path: "/api/journal/events",
      body: checkIn({ note: "the other person's note" }),
    });
  });
  beforeEach(() => {
    clockMs = START;
  });
  afterAll(async () => {
    await app?.close();
  });

  describe("creating a share", () => {
    it("answers 201 with the share, a 256-bit base64url token shown once, and the fragment URL", async () => {
      const response = await person.request({
        method: "POST",
        path: "/api/shares",
        body: { expiresInDays: 14, label: "  Dr Okafor, 12 March " },
      });
      expect(response.status).toBe(201);
      const created = response.json as Created;
      expect(Object.keys(created).sort()).toEqual(["share", "token", "url"]);
      expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(created.token, "base64url")).toHaveLength(32);
      expect(created.url).toBe(`http://localhost:80/#/shared/${created.token}`);
      expect(created.share).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        label: "Dr Okafor, 12 March",
        createdAt: new Date(START).toISOString(),
        expiresAt: new Date(START + 14 * DAY_MS).toISOString(),
        revokedAt: null,
      });
      expect(response.setCookies).toEqual([]);
    });

    it("leaves the label out when none is given, and never lists the token again", async () => {
      const { share, token } = await create(person, { expiresInDays: 1 });
      expect("label" in share).toBe(false);
      const listing = await person.request({ method: "GET", path: "/api/shares" });
      expect(listing.text).not.toContain(token);
      expect((listing.json as Listed).shares.find((s) => s.id === share.id)).toMatchObject({
        expiresAt: new Date(START + DAY_MS).toISOString(),
      });
    });

    it("gives every share a different token", async () => {
      const tokens = new Set<string>();
      for (let i = 0; i < 5; i++) tokens.add((await create(person, { expiresInDays: 1 })).token);
      expect(tokens.size).toBe(5);
    });

    it.each([
      ["0 days", { expiresInDays: 0 }, "expiresInDays"],
      ["91 days", { expiresInDays: 91 }, "expiresInDays"],
      ["a fraction of a day", { expiresInDays: 1.5 }, "expiresInDays"],
      ["days as text", { expiresInDays: "7" }, "expiresInDays"],
      ["no expiry", {}, "expiresInDays"],
      ["an empty label", { expiresInDays: 7, label: "  " }, "label"],
      ["a label of 121 characters", { expiresInDays: 7, label: "x".repeat(121) }, "label"],
      ["an unknown field", { expiresInDays: 7, email: "a@b.c" }, ""],
    ])("refuses %s with 400 invalid_input naming the field", async (_name, body, field) => {
      const response = await person.request({ method: "POST", path: "/api/shares", body });
      expect(response.status).toBe(400);
      expectErrorBody(response, "invalid_input");
      expect(response.text).toContain(field);
    });

    it("accepts 1 and 90 days, the ends of the range", async () => {
      for (const days of [1, 90]) {
        const { share } = await create(person, { expiresInDays: days });
        expect(Date.parse(share.expiresAt) - Date.parse(share.createdAt)).toBe(days * DAY_MS);
      }
    });
  });

  describe("reading through a share", () => {
    it("[C-share-read-only] answers the same record as the person's own GET /api/export", async () => {
      const { token } = await create(person);
      const shared = await readShared(token);
      const own = await person.request({ method: "GET", path: "/api/export" });
      expect(shared.status).toBe(200);
      expect(shared.json).toEqual(own.json);
      expect(shared.text).toContain("stiff after the drive");
      expect(shared.text).not.toContain("the other person's note");
    });

    it("[C-share-read-only] answers the same FHIR R4 Bundle as the person's own GET /api/export/fhir", async () => {
      const { token } = await create(person);
      const shared = await readShared(token, "fhir");
      const own = await person.request({ method: "GET", path: "/api/export/fhir" });
      expect(shared.status).toBe(200);
      expect(shared.json).toEqual(own.json);
      const bundle = shared.json as { resourceType: string; type: string; entry: { resource: object }[] };
      expect([bundle.resourceType, bundle.type]).toEqual(["Bundle", "collection"]);
      const kinds = bundle.entry.map((e) => (e.resource as { resourceType: string }).resourceType);
      expect(kinds).toEqual(expect.arrayContaining(["QuestionnaireResponse", "Observation"]));
    });

    it("[C-share-read-only] shows another person's token only that other person's record", async () => {
      const mine = await create(person);
      const theirs = await create(other);
      const throughTheirs = await readShared(theirs.token);
      expect(throughTheirs.text).toContain("the other person's note");
      expect(throughTheirs.text).not.toContain("stiff after the drive");
      expect(throughTheirs.text).not.toContain(person.email);
      expect((await readShared(mine.token)).text).not.toContain("the other person's note");
    });

    it("is never cached and sets no cookie", async () => {
      const { token } = await create(person);
      for (const what of ["record", "fhir"] as const) {
        const response = await readShared(token, what);
        expect(response.headers["cache-control"]).toBe("no-store");
        expect(response.setCookies).toEqual([]);
      }
    });

    it("logs each read as an access, with when and what, in the owner's list only", async () => {
      const { share, token } = await create(person);
      clockMs = START + 60_000;
      await readShared(token, "record");
      clockMs = START + 120_000;
      await readShared(token, "fhir");
      const listed = (await list(person)).find((s) => s.id === share.id);
      expect(listed?.accesses).toEqual([
        { at: new Date(START + 60_000).toISOString(), what: "record" },
        { at: new Date(START + 120_000).toISOString(), what: "fhir" },
      ]);
      expect((await list(other)).map((s) => s.id)).not.toContain(share.id);
    });
  });

  describe("checking that a share still stands (the clinician's open view asks each minute)", () => {
    it("[C-share-expires-revokes] answers 204 with no body while the share is live, and logs no access", async () => {
      const { share, token } = await create(person);
      const answer = await readShared(token, "status");
      expect(answer.status).toBe(204);
      expect(answer.text).toBe("");
      expect(answer.headers["cache-control"]).toBe("no-store");
      expect((await list(person)).find((s) => s.id === share.id)?.accesses).toEqual([]);
    });

    it("[C-share-expires-revokes] answers 404 share_not_found once the share is withdrawn or has expired", async () => {
      const withdrawn = await create(person);
      const expiring = await create(person, { expiresInDays: 1 });
      await revoke(person, withdrawn.share.id);
      const gone = await readShared(withdrawn.token, "status");
      expect(gone.status).toBe(404);
      expectErrorBody(gone, "share_not_found");
      clockMs = START + DAY_MS - 1;
      expect((await readShared(expiring.token, "status")).status).toBe(204);
      clockMs = START + DAY_MS;
      const expired = await readShared(expiring.token, "status");
      expect([expired.status, expired.json]).toEqual([gone.status, gone.json]);
    });

    it("counts an unknown token towards the guessing limit like any other shared read", async () => {
      const address = "192.0.2.20";
      const unknown = Buffer.alloc(32, 5).toString("base64url");
      for (let i = 0; i < 5; i++) expect((await readShared(unknown, "status", address)).status).toBe(404);
      expect((await readShared(unknown, "status", address)).status).toBe(429);
    });
  });

  describe("listing shares", () => {
    it("lists the person's shares newest first, with their labels and revocations", async () => {
      const fresh = await app.signedUp("lister");
      clockMs = START;
      const first = await create(fresh, { expiresInDays: 7, label: "first" });
      clockMs = START + 1_000;
      const second = await create(fresh, { expiresInDays: 7, label: "second" });
      clockMs = START + 2_000;
      expect((await revoke(fresh, first.share.id)).status).toBe(204);
      const shares = await list(fresh);
      expect(shares.map((s) => s.label)).toEqual(["second", "first"]);
      expect(shares[1]?.revokedAt).toBe(new Date(START + 2_000).toISOString());
      expect(shares[0]).toEqual({ ...second.share, accesses: [] });
    });
  });

  describe("revoking and expiry", () => {
    const expectNotFound = (response: ApiResponse) => {
      expect(response.status).toBe(404);
      expectErrorBody(response, "share_not_found");
    };

    it("[C-share-expires-revokes] answers 404 share_not_found on the next read after a revocation", async () => {
      const { share, token } = await create(person);
      expect((await readShared(token)).status).toBe(200);
      const revoked = await revoke(person, share.id);
      expect(revoked.status).toBe(204);
      expect(revoked.text).toBe("");
      expectNotFound(await readShared(token));
      expectNotFound(await readShared(token, "fhir"));
    });

    it("[C-share-expires-revokes] works until the last millisecond, and answers 404 from the expiry on", async () => {
      const { token } = await create(person, { expiresInDays: 1 });
      clockMs = START + DAY_MS - 1;
      expect((await readShared(token)).status).toBe(200);
      clockMs = START + DAY_MS;
      expectNotFound(await readShared(token));
      clockMs = START + 30 * DAY_MS;
      expectNotFound(await readShared(token, "fhir"));
    });

    it("[C-share-expires-revokes] gives unknown, expired and revoked tokens the very same answer", async () => {
      const expired = await create(person, { expiresInDays: 1 });
      const revoked = await create(person);
      await revoke(person, revoked.share.id);
      clockMs = START + 2 * DAY_MS;
      const unknown = Buffer.alloc(32, 7).toString("base64url");
      const answers = await Promise.all(
        [unknown, expired.token, revoked.token].map(async (token) => {
          const response = await readShared(token);
          return { status: response.status, body: response.json, cookies: response.setCookies };
        }),
      );
      expect(answers[0]?.status).toBe(404);
      expect(answers[1]).toEqual(answers[0]);
      expect(answers[2]).toEqual(answers[0]);
    });

    it("[C-share-expires-revokes] answers share_not_found without a token, with a malformed one, or with a session cookie", async () => {
      const noHeader = await app.anonymous().request({ method: "GET", path: "/api/shared/record" });
      expectNotFound(noHeader);
      for (const authorization of ["Bearer", "Bearer short", "Basic abc", `Bearer ${"x".repeat(200)}`]) {
        expectNotFound(
          await app.anonymous().request({
            method: "GET",
            path: "/api/shared/record",
            headers: { authorization },
            remoteAddress: nextAddress(),
          }),
        );
      }
      // A signed-in person's own session is not a share.
      expectNotFound(
        await person.request({ method: "GET", path: "/api/shared/record", remoteAddress: nextAddress() }),
      );
    });

    it("[C-share-expires-revokes] logs no access for a read refused after revocation", async () => {
      const { share, token } = await create(person);
      await revoke(person, share.id);
      await readShared(token);
      expect((await list(person)).find((s) => s.id === share.id)?.accesses).toEqual([]);
    });

    it("[C-share-expires-revokes] lets a revocation racing reads win from the moment it is acknowledged", async () => {
      const { share, token } = await create(person);
      // A read that opened before the revocation and still had pages to send is cut short (issue 17,
      // finding 5): the client sees a connection reset, never a complete-looking record.
      let cutShort = 0;
      const reads = Array.from({ length: 12 }, () =>
        readShared(token).catch((error: { code?: string }) => {
          if (error.code !== "LIGHT_ECONNRESET") throw error;
          cutShort++;
          return undefined;
        }),
      );
      const revocation = revoke(person, share.id);
      const racing = (await Promise.all(reads)).filter((response) => response !== undefined);
      expect((await revocation).status).toBe(204);
      for (const response of racing) {
        expect([200, 404]).toContain(response.status);
        if (response.status === 200) expect((response.json as { events: unknown[] }).events).toHaveLength(3);
        else expectErrorBody(response, "share_not_found");
      }
      const after = await Promise.all(Array.from({ length: 5 }, () => readShared(token)));
      expect(after.map((r) => r.status)).toEqual([404, 404, 404, 404, 404]);
      const logged = (await list(person)).find((s) => s.id === share.id)?.accesses ?? [];
      expect(logged).toHaveLength(racing.filter((r) => r.status === 200).length + cutShort);
    });

    it("keeps the first revocation time when a share is revoked twice", async () => {
      const { share } = await create(person);
      clockMs = START + 1_000;
      await revoke(person, share.id);
      clockMs = START + 5_000;
      expect((await revoke(person, share.id)).status).toBe(204);
      expect((await list(person)).find((s) => s.id === share.id)?.revokedAt).toBe(
        new Date(START + 1_000).toISOString(),
      );
    });

    it("answers 404 not_found for another person's share id, and the share keeps working", async () => {
      const { share, token } = await create(person);
      const attempt = await revoke(other, share.id);
      expect(attempt.status).toBe(404);
      expectErrorBody(attempt, "not_found");
      const nobodys = await revoke(other, crypto.randomUUID());
      expect([nobodys.status, nobodys.json]).toEqual([attempt.status, attempt.json]);
      expect((await readShared(token)).status).toBe(200);
    });

    it("refuses a share id that is not a UUID with 400", async () => {
      const response = await revoke(person, "not-a-uuid");
      expect(response.status).toBe(400);
      expectErrorBody(response, "invalid_input");
    });
  });

  describe("guessing tokens", () => {
    const guess = (remoteAddress: string) =>
      readShared(Buffer.alloc(32, 9).toString("base64url"), "record", remoteAddress);

    it("answers 429 with Retry-After after 5 failed reads from one address within a minute", async () => {
      const address = "192.0.2.10";
      for (let i = 0; i < 5; i++) expect((await guess(address)).status).toBe(404);
      const limited = await guess(address);
      expect(limited.status).toBe(429);
      expectErrorBody(limited, "rate_limited");
      const wait = Number(limited.headers["retry-after"]);
      expect(wait).toBeGreaterThanOrEqual(1);
      expect(wait).toBeLessThanOrEqual(60);
    });

    it("refuses even a live token from a throttled address, but not from another address", async () => {
      const address = "192.0.2.11";
      const { token } = await create(person);
      for (let i = 0; i < 5; i++) await guess(address);
      expect((await readShared(token, "record", address)).status).toBe(429);
      expect((await readShared(token, "record", "192.0.2.12")).status).toBe(200);
    });

    it("lets the address try again once its failures are a minute old", async () => {
      const address = "192.0.2.13";
      const { token } = await create(person);
      for (let i = 0; i < 5; i++) await guess(address);
      expect((await readShared(token, "record", address)).status).toBe(429);
      clockMs = START + 60_001;
      expect((await readShared(token, "record", address)).status).toBe(200);
    });
  });

  describe("the documented contract", () => {
    it("documents every share route in the OpenAPI document, the shared reads with the bearer scheme", async () => {
      const response = await app.anonymous().request({ method: "GET", path: "/api/openapi.json" });
      const document = response.json as {
        paths: Record<string, Record<string, { security?: Record<string, unknown>[] }>>;
        components: { securitySchemes: Record<string, { type: string; scheme?: string }> };
      };
      for (const [method, path] of SHARE_ROUTES) expect(document.paths[path]?.[method], path).toBeDefined();
      expect(document.components.securitySchemes.shareToken).toMatchObject({
        type: "http",
        scheme: "bearer",
      });
      expect(document.paths["/api/shared/record"]?.get?.security).toEqual([{ shareToken: [] }]);
      expect(document.paths["/api/shares"]?.post?.security).toEqual([{ session: [] }]);
    });

    it("lists every share route in docs/api.md", () => {
      for (const [method, path] of SHARE_ROUTES) {
        expect(API_DOC).toContain(`\`${method.toUpperCase()} ${path.replace("{id}", ":id")}\``);
      }
    });
  });

  describe("deleting the account", () => {
    it("deletes its shares: their tokens answer share_not_found", async () => {
      const leaving = await app.signedUp("leaving");
      const { token } = await create(leaving);
      expect((await readShared(token)).status).toBe(200);
      const deleted = await leaving.request({
        method: "DELETE",
        path: "/api/account",
        body: { password: leaving.password },
      });
      expect(deleted.status).toBe(204);
      const after = await readShared(token);
      expect(after.status).toBe(404);
      expectErrorBody(after, "share_not_found");
    });
  });
});
