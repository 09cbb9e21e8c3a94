/**
 * Who may do what, over every route: anonymous callers get 401 where a session is needed, members get 403 on
 * owner-only operations, and another person's records answer 404 or simply do not appear (never 403).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Person } from "../test-support/api-client";
import { expectErrorBody } from "../test-support/error-body";
import { checkIn, sessionEvent } from "../test-support/journal-events";
import { SELF_CARE_ANSWERS, withYes } from "../test-support/screening-answers";
import { type AppHarness, openApp } from "../test-support/test-app";
import { backends } from "../test-support/test-database";

type RouteCase = { readonly method: string; readonly path: string; readonly body?: unknown };

const PUBLIC_READS: readonly RouteCase[] = [
  { method: "GET", path: "/healthz" },
  { method: "GET", path: "/readyz" },
  { method: "GET", path: "/api/openapi.json" },
  { method: "GET", path: "/api/auth/session" },
  { method: "GET", path: "/api/questionnaire" },
  { method: "GET", path: "/api/questionnaire/fhir" },
  { method: "GET", path: "/api/content/techniques" },
  { method: "GET", path: "/api/content/safety" },
  { method: "GET", path: "/api/content/education" },
  { method: "GET", path: "/api/content/escalation" },
];

const SIGNED_IN_ONLY: readonly RouteCase[] = [
  { method: "POST", path: "/api/auth/password", body: { currentPassword: "x", newPassword: "y" } },
  { method: "POST", path: "/api/invites", body: {} },
  { method: "DELETE", path: "/api/account", body: { password: "whatever it is" } },
  { method: "GET", path: "/api/screenings" },
  { method: "POST", path: "/api/journal/events", body: checkIn() },
  { method: "GET", path: "/api/journal/events" },
  { method: "DELETE", path: "/api/journal/events/6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a", body: {} },
  { method: "GET", path: "/api/journal/assessment?timeZone=Europe/London" },
  { method: "GET", path: "/api/export" },
  { method: "GET", path: "/api/export/fhir" },
  { method: "POST", path: "/api/shares", body: { expiresInDays: 7 } },
  { method: "GET", path: "/api/shares" },
  { method: "DELETE", path: "/api/shares/6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a", body: {} },
];

/** Read only through a share's bearer token; anonymous and signed-in callers get share_not_found. */
const SHARE_TOKEN_READS: readonly RouteCase[] = [
  { method: "GET", path: "/api/shared/record" },
  { method: "GET", path: "/api/shared/fhir" },
];
/** The reads, and the check an open clinician's view makes each minute (it reads nothing). */
const SHARE_TOKEN_ROUTES: readonly RouteCase[] = [
  ...SHARE_TOKEN_READS,
  { method: "GET", path: "/api/shared/status" },
];

const label = (route: RouteCase) => `${route.method} ${route.path}`;

describe.each(backends())("access on %s", (backend) => {
  let app: AppHarness;
  let owner: Person;
  let member: Person;
  let stranger: Person;
  beforeAll(async () => {
    app = await openApp(backend);
    owner = await app.signedUp("owner");
    member = await app.signedUp("member");
    stranger = await app.signedUp("stranger");
  });
  afterAll(async () => {
    await app?.close();
  });

  describe("anonymous", () => {
    it.each(SIGNED_IN_ONLY.map((route) => [label(route), route] as const))(
      "is asked to sign in for %s",
      async (_name, route) => {
        const response = await app.anonymous().request(route);
        expect(response.status).toBe(401);
        expectErrorBody(response, "unauthenticated");
      },
    );

    it.each(PUBLIC_READS.map((route) => [label(route), route] as const))(
      "may read %s",
      async (_name, route) => {
        const response = await app.anonymous().request(route);
        expect(response.status).toBe(200);
      },
    );

    it("gets a decision from POST /api/screenings without anything being stored", async () => {
      const response = await app.anonymous().request({
        method: "POST",
        path: "/api/screenings",
        body: { answers: SELF_CARE_ANSWERS },
      });
      expect(response.status).toBe(200);
      expect((response.json as { outcome: string }).outcome).toBe("self-care");
    });

    it("gets a stateless assessment from POST /api/journal/assessment", async () => {
      const response = await app.anonymous().request({
        method: "POST",
        path: "/api/journal/assessment",
        body: { timeZone: "Europe/London", now: "2026-11-24T12:00:00Z", events: [] },
      });
      expect(response.status).toBe(200);
      expect(response.json).toEqual({ recommendation: "self-care", flags: [] });
    });

    it("is treated as anonymous, not as an error, when the session cookie is forged", async () => {
      const response = await app.anonymous().request({
        method: "GET",
        path: "/api/journal/events",
        headers: { cookie: "limber_session=forged-value-that-was-never-issued" },
      });
      expect(response.status).toBe(401);
      expectErrorBody(response, "unauthenticated");
    });
  });

  describe("a share token (Authorization: Bearer)", () => {
    let token: string;
    let othersToken: string;
    const withToken = (route: RouteCase, bearer = token) =>
      app.anonymous().request({ ...route, headers: { authorization: `Bearer ${bearer}` } });
    beforeAll(async () => {
      await member.request({
        method: "POST",
        path: "/api/journal/events",
        body: checkIn({ note: "member's" }),
      });
      await stranger.request({
        method: "POST",
        path: "/api/journal/events",
        body: checkIn({ note: "stranger's" }),
      });
      const mine = await member.request({ method: "POST", path: "/api/shares", body: { expiresInDays: 7 } });
      const theirs = await stranger.request({
        method: "POST",
        path: "/api/shares",
        body: { expiresInDays: 7 },
      });
      token = (mine.json as { token: string }).token;
      othersToken = (theirs.json as { token: string }).token;
    });

    it.each(SIGNED_IN_ONLY.map((route) => [label(route), route] as const))(
      "[C-share-read-only] is anonymous (401) to %s",
      async (_name, route) => {
        const response = await withToken(route);
        expect(response.status).toBe(401);
        expectErrorBody(response, "unauthenticated");
      },
    );

    it.each(PUBLIC_READS.map((route) => [label(route), route] as const))(
      "[C-share-read-only] reads %s as anyone may",
      async (_name, route) => {
        expect((await withToken(route)).status).toBe(200);
      },
    );

    it.each(SHARE_TOKEN_READS.map((route) => [label(route), route] as const))(
      "[C-share-read-only] reads %s for its own person only",
      async (_name, route) => {
        const mine = await withToken(route);
        expect(mine.status).toBe(200);
        expect(mine.text).toContain("member's");
        expect(mine.text).not.toContain("stranger's");
        const theirs = await withToken(route, othersToken);
        expect(theirs.text).toContain("stranger's");
        expect(theirs.text).not.toContain("member's");
      },
    );

    it("[C-share-read-only] never writes: a screening sent with it is answered but stored nowhere", async () => {
      const before = await member.request({ method: "GET", path: "/api/screenings" });
      const response = await withToken({
        method: "POST",
        path: "/api/screenings",
        body: { answers: SELF_CARE_ANSWERS },
      });
      expect(response.status).toBe(200);
      const after = await member.request({ method: "GET", path: "/api/screenings" });
      expect(after.json).toEqual(before.json);
    });
  });

  describe("share-token reads without a token", () => {
    it.each(SHARE_TOKEN_ROUTES.map((route) => [label(route), route] as const))(
      "[C-share-expires-revokes] answer 404 share_not_found to anonymous and signed-in callers for %s",
      async (_name, route) => {
        for (const [index, caller] of [app.anonymous(), owner, member].entries()) {
          const remoteAddress = `198.51.100.${index + 10 * SHARE_TOKEN_ROUTES.indexOf(route)}`;
          const response = await caller.request({ ...route, remoteAddress });
          expect(response.status).toBe(404);
          expectErrorBody(response, "share_not_found");
        }
      },
    );
  });

  describe("a member who is not the owner", () => {
    it("is refused (403) when creating an invite", async () => {
      const response = await member.request({ method: "POST", path: "/api/invites", body: {} });
      expect(response.status).toBe(403);
      expectErrorBody(response, "forbidden");
    });
  });

  describe("another person's records", () => {
    it("answers 404 for another user's event on DELETE, and leaves it in place", async () => {
      const event = checkIn();
      expect((await owner.request({ method: "POST", path: "/api/journal/events", body: event })).status).toBe(
        201,
      );
      const attempt = await stranger.request({
        method: "DELETE",
        path: `/api/journal/events/${event.id}`,
        body: {},
      });
      expect(attempt.status).toBe(404);
      expectErrorBody(attempt, "not_found");
      const ownerView = await owner.request({ method: "GET", path: "/api/journal/events?limit=500" });
      expect((ownerView.json as { events: { id: string }[] }).events.map((e) => e.id)).toContain(event.id);
    });

    it("answers the same 404 for another user's event as for one that never existed", async () => {
      const event = sessionEvent();
      await owner.request({ method: "POST", path: "/api/journal/events", body: event });
      const theirs = await stranger.request({
        method: "DELETE",
        path: `/api/journal/events/${event.id}`,
        body: {},
      });
      const nobodys = await stranger.request({
        method: "DELETE",
        path: `/api/journal/events/${crypto.randomUUID()}`,
        body: {},
      });
      expect([theirs.status, theirs.json]).toEqual([nobodys.status, nobodys.json]);
    });

    it("never lists another user's events, screenings or export", async () => {
      const event = checkIn({ note: "owner-only note" });
      await owner.request({ method: "POST", path: "/api/journal/events", body: event });
      await owner.request({ method: "POST", path: "/api/screenings", body: { answers: SELF_CARE_ANSWERS } });
      for (const path of [
        "/api/journal/events?limit=500",
        "/api/screenings",
        "/api/export",
        "/api/export/fhir",
      ]) {
        const response = await stranger.request({ method: "GET", path });
        expect(response.status, path).toBe(200);
        expect(response.text, path).not.toContain(event.id as string);
        expect(response.text, path).not.toContain("owner-only note");
        expect(response.text, path).not.toContain(owner.email);
      }
    });

    it("stores the same event id from another person as their own separate event", async () => {
      const event = checkIn();
      expect((await owner.request({ method: "POST", path: "/api/journal/events", body: event })).status).toBe(
        201,
      );
      const theirs = { ...event, stiffness: 9 };
      expect(
        (await stranger.request({ method: "POST", path: "/api/journal/events", body: theirs })).status,
      ).toBe(201);
      const ownerView = await owner.request({ method: "GET", path: "/api/journal/events?limit=500" });
      const stored = (ownerView.json as { events: { id: string; stiffness?: number }[] }).events.find(
        (e) => e.id === event.id,
      );
      expect(stored?.stiffness).toBe(event.stiffness);
    });

    it("leaves another person's assessment untouched by an emergency symptom in someone else's journal", async () => {
      const now = Date.now();
      const urgent = checkIn({ at: new Date(now - 3_600_000).toISOString(), symptoms: ["saddle-numbness"] });
      await member.request({ method: "POST", path: "/api/journal/events", body: urgent });
      const mine = await member.request({
        method: "GET",
        path: "/api/journal/assessment?timeZone=Europe/London",
      });
      const theirs = await stranger.request({
        method: "GET",
        path: "/api/journal/assessment?timeZone=Europe/London",
      });
      expect((mine.json as { recommendation: string }).recommendation).toBe("emergency");
      expect((theirs.json as { recommendation: string }).recommendation).not.toBe("emergency");
    });

    it("keeps a screening stored with another person's Idempotency-Key separate", async () => {
      const key = crypto.randomUUID();
      const send = (person: Person, answers: Record<string, boolean>) =>
        person.request({
          method: "POST",
          path: "/api/screenings",
          headers: { "idempotency-key": key },
          body: { answers },
        });
      expect((await send(owner, SELF_CARE_ANSWERS)).status).toBe(200);
      const other = await send(stranger, withYes("recent-injury"));
      expect(other.status).toBe(200);
      expect((other.json as { outcome: string }).outcome).toBe("see-professional");
    });
  });
});
