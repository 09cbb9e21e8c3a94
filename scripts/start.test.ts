/**
 * `npm start` (start.mjs) takes the data directory's lock and begins opening existing PGlite data before the
 * server has loaded (issue 19). The lock means what it always did: a second start on the same data fails at
 * once with one line naming the first process, which goes on serving; and a start that fails for another
 * reason (a bad option) leaves the lock it took early released; one killed while opening starts again.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { killDuringStart, startChildServer } from "../packages/cli/test-support/child-server";

const START = join(import.meta.dirname, "start.mjs");

/** Runs `npm start` to its end: its exit code and what it wrote to standard error. */
function startToEnd(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [START, ...args], { env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += String(chunk);
  });
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stderr })));
}

describe("npm start on existing PGlite data", { timeout: 300_000 }, () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "limber-start-"));
    // The first start makes the data (and the server's bundle, if it is stale).
    const first = await startChildServer({
      args: [START, "--port", "0", "--data", dataDir],
      readyTimeoutMs: 300_000,
    });
    await first.stop();
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("refuses a second start on data one is serving, in one line naming it, and the first goes on", async () => {
    const first = await startChildServer({ args: [START, "--port", "0", "--data", dataDir] });
    try {
      const second = await startToEnd(["--port", "0", "--data", dataDir]);
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(`in use by another Limber process (pid ${first.pid})`);
      expect(second.stderr.trim().split("\n")).toHaveLength(1);
      expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
    } finally {
      await first.stop();
    }
    expect(existsSync(join(dataDir, "limber.lock"))).toBe(false);
  });

  it("starts again on data it was killed while opening early (SIGKILL, stale lock taken over)", async () => {
    const args = [START, "--port", "0", "--data", dataDir];
    for (const afterMs of [150, 300, 600]) await killDuringStart({ args }, afterMs);
    const again = await startChildServer({ args });
    try {
      expect((await fetch(`${again.url}/readyz`)).status).toBe(200);
    } finally {
      await again.stop();
    }
  });

  it("releases the lock it took early when the start fails on a bad option", async () => {
    const failed = await startToEnd(["--port", "nope", "--data", dataDir]);
    expect(failed.code).toBe(2);
    expect(failed.stderr.trim()).toBe('limber serve: --port must be 0 to 65535, not "nope"');
    expect(existsSync(join(dataDir, "limber.lock"))).toBe(false);
  });
});
