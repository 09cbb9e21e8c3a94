/**
 * Checks run on the route that matched, not on the raw URL: a percent-encoded path reaches the same route
 * and must meet the same rules (issue 9, finding 7). Fastify's own routing errors (a bad escape, an id over
 * the length limit) answer in the API's error shape with the security headers (finding 8).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY } from "../src/http/security-headers";
import type { ApiResponse, Person } from "../test-support/api-client";
import { expectErrorBody } from "../test-support/error-body";
import { type AppHarness, openApp } from "../test-support/test-app";
import { backends } from "../test-support/test-database";

function expectSecurityHeaders(response: ApiResponse): void {
  expect(response.headers["content-security-policy"]).toBe(CONTENT_SECURITY_POLICY);
  expect(response.headers["x-content-type-options"]).toBe("nosniff");
  expect(response.headers["x-frame-options"]).toBe("DENY");
  expect(response.headers["cache-control"]).toBe("no-store");
}

describe.each(backends())("checks on the matched route on %s", (backend) => {
  let app: AppHarness;
  let owner: Person;
  beforeAll(async () => {
    app = await openApp(backend);
    owner = await app.signedUp("owner");
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each(["/%61pi/invites", "/%61%70%69/invites", "/api/%69nvites"])(
    "refuses a text/plain POST %s like /api/invites (415)",
    async (path) => {
      const response = await owner.request({
        method: "POST",
        path,
        headers: { "content-type": "text/plain" },
        body: "{}",
      });
      expect(response.status).toBe(415);
      expectErrorBody(response, "unsupported_media_type");
      expectSecurityHeaders(response);
    },
  );

  it.each(["/%61pi/auth/session", "/%61pi/questionnaire"])(
    "answers GET %s with Cache-Control: no-store",
    async (path) => {
      const response = await owner.request({ method: "GET", path });
      expect(response.status).toBe(200);
      expect(response.headers["cache-control"]).toBe("no-store");
    },
  );

  it("answers a bad percent escape in the path with 400 bad_url in the error shape", async () => {
    const response = await owner.request({ method: "DELETE", path: "/api/journal/events/%ZZ" });
    expect(response.status).toBe(400);
    expectErrorBody(response, "bad_url");
    expectSecurityHeaders(response);
    expect(response.text).not.toContain("FST_ERR");
  });

  it("answers an id over the length limit with 414 id_too_long in the error shape", async () => {
    const response = await owner.request({
      method: "DELETE",
      path: `/api/journal/events/${"a".repeat(200)}`,
    });
    expect(response.status).toBe(414);
    expectErrorBody(response, "id_too_long");
    expectSecurityHeaders(response);
    expect(response.text).not.toContain("FST_ERR");
  });

  it("answers an unknown API path with 404 not_found in the error shape", async () => {
    const response = await owner.request({ method: "GET", path: "/api/no-such-thing" });
    expect(response.status).toBe(404);
    expectErrorBody(response, "not_found");
    expectSecurityHeaders(response);
  });
});
