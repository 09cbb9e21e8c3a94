/**
 * Fuzzing every route with fast-check: random JSON and non-JSON bodies, wrong content types, odd headers,
 * cookies, query strings and path parameters never produce a 5xx, and every 4xx has the documented shape.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiRequest, ApiResponse, Person } from "../test-support/api-client";
import { expectErrorBody } from "../test-support/error-body";
import { ROUTES, requestFor, toRequest } from "../test-support/fuzz-requests";
import { checkIn } from "../test-support/journal-events";
import { type AppHarness, openApp } from "../test-support/test-app";
import { backends } from "../test-support/test-database";

const RUNS = 60;

function expectNoServerError(response: ApiResponse, sent: ApiRequest): void {
  const context = `${sent.method} ${sent.path} -> ${response.status} ${response.text.slice(0, 300)}`;
  expect(response.status, context).toBeLessThan(500);
  if (response.status >= 400) expectErrorBody(response);
}

describe.each(backends())("fuzzed requests on %s", (backend) => {
  let app: AppHarness;
  let person: Person;
  beforeAll(async () => {
    app = await openApp(backend);
    await app.signedUp("owner");
    person = await app.signedUp("fuzzed");
    await person.request({ method: "POST", path: "/api/journal/events", body: checkIn() });
  });
  afterAll(async () => {
    await app?.close();
  });

  const cases = ROUTES.map((route) => [`${route[0]} ${route[1]}`, route] as const);

  it.each(cases)(
    "never answers 5xx to an anonymous %s, and every 4xx has the error shape",
    async (_name, route) => {
      await fc.assert(
        fc.asyncProperty(requestFor(route), async (sample) => {
          const sent = toRequest(sample, sample.headers.cookie);
          expectNoServerError(await app.send(sent), sent);
        }),
        { numRuns: RUNS },
      );
    },
  );

  // Signing out or deleting the account would end the signed-in half; the anonymous half covers them.
  const signedInCases = cases.filter(
    ([, route]) => route[1] !== "/api/account" && route[1] !== "/api/auth/logout",
  );
  it.each(signedInCases)(
    "never answers 5xx to a signed-in %s, and every 4xx has the error shape",
    async (_name, route) => {
      await fc.assert(
        fc.asyncProperty(requestFor(route), async (sample) => {
          const sent = toRequest(sample, person.cookieHeader);
          expectNoServerError(await app.send(sent), sent);
        }),
        { numRuns: RUNS },
      );
    },
  );

  it.each([
    ["a year-0 instant", "0000-01-01T00:00:00Z"],
    ["an offset beyond any real time zone", "2026-11-20T08:30:00+23:59"],
  ])("rejects a journal event at %s as bad input, not a server error", async (_name, at) => {
    const response = await person.request({
      method: "POST",
      path: "/api/journal/events",
      body: checkIn({ at }),
    });
    expect(response.status, response.text).toBe(400);
    expectErrorBody(response, "invalid_input");
  });

  it.each([
    ["from", "?from=0000-01-01T00:00:00Z"],
    ["to", "?to=2026-11-20T08:30:00%2B23:59"],
    ["cursor", `?cursor=${Buffer.from(JSON.stringify(["1", "-".repeat(36)])).toString("base64url")}`],
  ])("rejects an out-of-range %s when listing events as bad input", async (_name, query) => {
    const response = await person.request({ method: "GET", path: `/api/journal/events${query}` });
    expect(response.status, response.text).toBe(400);
    expectErrorBody(response, "invalid_input");
  });
});
