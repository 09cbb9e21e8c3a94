/**
 * Share tokens stay out of the logs: a real `limber serve` at its default log level creates shares, serves
 * reads through them (good, revoked, guessed, throttled), and its output never holds a token, whole or
 * as its hash, nor the record it served.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChildServer, startChildServer } from "../../cli/test-support/child-server";
import { httpSend, Person } from "../test-support/api-client";
import { checkIn } from "../test-support/journal-events";

const NOTE = "shared-note-marker-51c9";

describe("what limber serve logs about shares", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "limber-share-logs-"));
  let server: ChildServer;
  const tokens: string[] = [];
  const statuses: number[] = [];
  beforeAll(async () => {
    server = await startChildServer({ dataDir, env: { LIMBER_LOG_LEVEL: "info" } });
    const send = httpSend(server.url);
    const person = new Person(send, "share-log-check@example.test", "share-log-password-6f2a");
    expect((await person.signup()).status).toBe(201);
    await person.request({
      method: "POST",
      path: "/api/journal/events",
      body: checkIn({ at: new Date(Date.now() - 60_000).toISOString(), note: NOTE }),
    });
    for (const label of ["kept", "revoked"]) {
      const created = await person.request({
        method: "POST",
        path: "/api/shares",
        body: { expiresInDays: 7, label },
      });
      const body = created.json as { token: string; share: { id: string } };
      tokens.push(body.token);
      if (label === "revoked") {
        await person.request({ method: "DELETE", path: `/api/shares/${body.share.id}`, body: {} });
      }
    }
    const guessed = Buffer.alloc(32, 3).toString("base64url");
    tokens.push(guessed);
    // Good reads, a revoked one, then guesses until the address is throttled.
    for (const token of [
      tokens[0],
      tokens[0],
      tokens[1],
      guessed,
      guessed,
      guessed,
      guessed,
      guessed,
      tokens[0],
    ]) {
      for (const what of ["record", "fhir"]) {
        const response = await send({
          method: "GET",
          path: `/api/shared/${what}`,
          headers: { authorization: `Bearer ${token}` },
        });
        statuses.push(response.status);
      }
    }
    await person.request({ method: "GET", path: "/api/shares" });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("served, refused and throttled share reads (so the checks below are not vacuous)", () => {
    expect(statuses).toEqual(expect.arrayContaining([200, 404, 429]));
    expect(server.output()).toMatch(/\/api\/shared\/record/);
    expect(server.output()).toMatch(/\/api\/shares/);
  });

  it("never logs a share token, issued, revoked or guessed", () => {
    expect(tokens).toHaveLength(3);
    for (const token of tokens) expect(server.output()).not.toContain(token);
  });

  it("never logs a token's stored hash", () => {
    for (const token of tokens) {
      expect(server.output()).not.toContain(createHash("sha256").update(token).digest("base64url"));
    }
  });

  it("never logs the record served through a share", () => {
    expect(server.output()).not.toContain(NOTE);
  });
});
