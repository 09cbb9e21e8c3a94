import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp, openDatabase } from "@limber/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capturedRun } from "../../test-support/captured-run";
import { run } from "../main";
import { parsePort, serveSettings } from "./serve";

const BIN = join(import.meta.dirname, "..", "..", "bin", "limber.js");

const limber = (args: string[], env: NodeJS.ProcessEnv = {}) => capturedRun(run, args, { env });

describe("limber serve options", () => {
  it.each(["0", "8080", "65535"])("accepts the port %s", (port) => {
    expect(parsePort(port)).toBe(Number(port));
  });

  it.each(["-1", "65536", "eighty", "80.5"])("refuses the port %s", (port) => {
    expect(() => parsePort(port)).toThrow("--port must be 0 to 65535");
  });

  it("keeps sign-up open on loopback and switches to invite on a network address", () => {
    expect(serveSettings({}, "127.0.0.1").signup).toBe("open");
    expect(serveSettings({}, "0.0.0.0").signup).toBe("invite");
    expect(serveSettings({ LIMBER_SIGNUP: "open" }, "0.0.0.0").signup).toBe("open");
  });

  it("stops with exit 2 and one line naming a bad setting", async () => {
    const result = await limber(["serve", "--port", "0"], { LIMBER_SIGNUP: "maybe" });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('limber serve: LIMBER_SIGNUP must be "open" or "invite", not "maybe"\n');
  });
});

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

describe("limber serve", () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), "limber-serve-"));
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("prints its URL, answers /readyz, and on SIGTERM closes cleanly and releases the data directory", async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, LIMBER_LOG_LEVEL: "info" };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, [BIN, "serve", "--port", "0", "--data", dataDir], { env });
    const done = exited(child);
    let output = "";
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (chunk) => {
        output += String(chunk);
        const match = /Limber is running at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      child.once("exit", () => reject(new Error(`serve exited early: ${output}`)));
    });
    let errors = "";
    child.stderr.on("data", (chunk) => {
      errors += String(chunk);
    });
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    expect(existsSync(join(dataDir, "limber.lock"))).toBe(true);
    child.kill("SIGTERM");
    expect(await done).toBe(0);
    // Standard output carries the one line a person or a script needs; the JSON request log goes to stderr.
    expect(output.trim().split("\n")).toEqual([expect.stringMatching(/^Limber is running at http:/)]);
    expect(errors).toMatch(/"route":"\/readyz"/);
    expect(existsSync(join(dataDir, "limber.lock"))).toBe(false);
  }, 60_000);
});

describe("limber migrate and limber export", () => {
  let dataDir: string;
  const email = "ann@example.test";
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "limber-export-"));
    const migrated = await limber(["migrate", "--data", dataDir]);
    expect(migrated.code).toBe(0);
    // A fresh PGlite directory starts from the template, which already holds every migration.
    expect(migrated.stdout).toContain(`${dataDir} is up to date`);
    const database = await openDatabase({ dataDir });
    const app = await buildApp({
      database,
      settings: { passwordCost: { log2N: 10, r: 8, p: 1 }, webDist: null },
    });
    const signup = await app.inject({
      method: "POST",
      url: "/api/auth/signup",
      headers: { "content-type": "application/json" },
      payload: { email, password: "correct horse battery staple" },
    });
    const cookie = signup.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    await app.inject({
      method: "POST",
      url: "/api/journal/events",
      headers: { "content-type": "application/json", cookie },
      payload: {
        type: "check-in",
        id: "6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a",
        at: "2026-11-20T08:30:00Z",
        stiffness: 4,
        pain: 2,
        symptoms: [],
      },
    });
    await app.close();
    await database.close();
  }, 60_000);
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("says there is nothing to apply on an up-to-date store", async () => {
    const result = await limber(["migrate", "--data", dataDir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("nothing to apply");
  });

  it("prints a person's whole record as JSON", async () => {
    const result = await limber(["export", "--user", "ANN@example.test", "--data", dataDir]);
    expect(result.code).toBe(0);
    const record = JSON.parse(result.stdout);
    expect(record.user.email).toBe(email);
    expect(record.events).toHaveLength(1);
    expect(record.exportedAt).toBe("2026-11-24T12:00:00.000Z");
  });

  it("prints a FHIR R4 Bundle with --fhir", async () => {
    const result = await limber(["export", "--user", email, "--fhir", "--data", dataDir]);
    const bundle = JSON.parse(result.stdout);
    expect(bundle.resourceType).toBe("Bundle");
    expect(bundle.entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType)).toEqual([
      "Patient",
      "Observation",
    ]);
  });

  it("refuses an unknown email with exit 2 and nothing on standard output", async () => {
    const result = await limber(["export", "--user", "nobody@example.test", "--data", dataDir]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("limber export: no account has the email nobody@example.test\n");
  });

  it("asks for --user", async () => {
    const result = await limber(["export", "--data", dataDir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--user EMAIL is required");
  });
});
