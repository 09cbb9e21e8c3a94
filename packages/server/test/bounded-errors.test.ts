/**
 * Error answers stay small whatever the input: bad input lists its first 20 problems and counts the rest,
 * so 100 KB of empty journal events cannot make the server write megabytes back (issue 9, finding 9).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_ERROR_DETAILS } from "../src/errors/api-error";
import { expectErrorBody } from "../test-support/error-body";
import { type AppHarness, openApp } from "../test-support/test-app";
import { backends } from "../test-support/test-database";

describe.each(backends())("error answers to huge bad input on %s", (backend) => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await openApp(backend);
  });
  afterAll(async () => {
    await app?.close();
  });

  it("answers 100 KB of empty events with a 400 under 8 KB", async () => {
    const events = Array.from({ length: 33_000 }, () => ({}));
    const body = { timeZone: "Europe/London", now: "2026-11-24T12:00:00Z", events };
    expect(JSON.stringify(body).length).toBeGreaterThan(99_000);
    const response = await app.anonymous().request({ method: "POST", path: "/api/journal/assessment", body });
    expect(response.status).toBe(400);
    expectErrorBody(response, "invalid_input");
    expect(response.text.length).toBeLessThan(8_192);
  });

  it("lists the first 20 of 1,500 bad events' problems in details and counts the rest in the message", async () => {
    const events = Array.from({ length: 1_500 }, () => ({}));
    const body = { timeZone: "Europe/London", now: "2026-11-24T12:00:00Z", events };
    const response = await app.anonymous().request({ method: "POST", path: "/api/journal/assessment", body });
    expect(response.status).toBe(400);
    expectErrorBody(response, "invalid_input");
    expect(response.text.length).toBeLessThan(8_192);
    const error = (response.json as { error: { message: string; details: unknown[] } }).error;
    expect(error.details).toHaveLength(MAX_ERROR_DETAILS);
    expect(error.message).toMatch(/and [\d,]+ more/);
  });

  it("still lists every problem when there are 20 or fewer", async () => {
    const body = { timeZone: "Europe/London", now: "2026-11-24T12:00:00Z", events: [{}, {}] };
    const response = await app.anonymous().request({ method: "POST", path: "/api/journal/assessment", body });
    expect(response.status).toBe(400);
    const error = (response.json as { error: { message: string; details: unknown[] } }).error;
    expect(error.details.length).toBeGreaterThan(1);
    expect(error.details.length).toBeLessThanOrEqual(MAX_ERROR_DETAILS);
    expect(error.message).not.toMatch(/more/);
  });
});
