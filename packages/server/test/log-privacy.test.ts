/**
 * Health data stays out of the logs: a real `limber serve` at its default log level handles sign-up, sign-in,
 * journal writes with notes and symptoms, bad input and failures, and its output holds no body, note,
 * symptom, password or cookie.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChildServer, startChildServer } from "../../cli/test-support/child-server";
import { httpSend, Person } from "../test-support/api-client";
import { checkIn } from "../test-support/journal-events";

const NOTE = "private-note-marker-7d41";
const PASSWORD = "private-password-marker-93be";
const SYMPTOM = "saddle-numbness";

describe("what limber serve logs", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "limber-logs-"));
  let server: ChildServer;
  let person: Person;
  beforeAll(async () => {
    server = await startChildServer({ dataDir, env: { LIMBER_LOG_LEVEL: "info" } });
    person = new Person(httpSend(server.url), "log-check@example.test", PASSWORD);
    expect((await person.signup()).status).toBe(201);
    await person.login();
    await person.request({
      method: "POST",
      path: "/api/auth/login",
      body: { email: person.email, password: `${PASSWORD}-wrong` },
    });
    await person.request({
      method: "POST",
      path: "/api/journal/events",
      body: checkIn({ at: new Date(Date.now() - 60_000).toISOString(), note: NOTE, symptoms: [SYMPTOM] }),
    });
    await person.request({
      method: "POST",
      path: "/api/journal/events",
      body: checkIn({ note: NOTE, stiffness: 99 }),
    });
    await person.request({ method: "POST", path: "/api/journal/events", body: `{"note": "${NOTE}", ` });
    await person.request({ method: "GET", path: "/api/journal/assessment?timeZone=Europe/London" });
    await person.request({ method: "GET", path: "/api/export" });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("logs something for the requests (so the checks below are not vacuous)", () => {
    expect(server.output()).toMatch(/journal\/events/);
  });

  it.each([
    ["journal note text", NOTE],
    ["the password", PASSWORD],
    ["a reported symptom", SYMPTOM],
  ])("never logs %s", (_name, secret) => {
    expect(server.output()).not.toContain(secret);
  });

  it("never logs the session cookie", () => {
    const token = (person.cookieHeader ?? "").split("=")[1] ?? "";
    expect(token.length).toBeGreaterThan(10);
    expect(server.output()).not.toContain(token);
  });
});
