/**
 * A first start killed while it creates the PGlite data directory (power cut, Ctrl-\ at the wrong moment)
 * must not leave a directory that can never open: the next start finds the half-made store, remakes it and
 * serves. The kill lands on purpose at the worst moment: as soon as the data files start to appear.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { startChildServer } from "../../cli/test-support/child-server";
import { httpSend, Person } from "../test-support/api-client";
import { PASSWORD, uniqueEmail } from "../test-support/journal-events";

const CLI_BIN = fileURLToPath(new URL("../../cli/bin/limber.js", import.meta.url));
const SPAWNING_TEST_MS = 120_000;

/** Starts `limber serve` on `dataDir` and SIGKILLs it the moment `marker` (a path inside it) exists. */
async function killWhenPresent(dataDir: string, marker: string): Promise<boolean> {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [CLI_BIN, "serve", "--port", "0", "--data", dataDir], {
    env,
    stdio: "ignore",
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 60_000;
  let seen = false;
  while (Date.now() < deadline && child.exitCode === null) {
    if (existsSync(marker)) {
      seen = true;
      break;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  child.kill("SIGKILL");
  await exited;
  return seen;
}

describe("a first start killed while it creates the data directory", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ["the data directory appears", "pgdata"],
    ["the first data file appears", join("pgdata", "PG_VERSION")],
    ["the copy of the template has begun", join("pgdata.partial", "PG_VERSION")],
  ])(
    "starts and serves on the next try when killed as soon as %s",
    async (_moment, marker) => {
      const dataDir = mkdtempSync(join(tmpdir(), "limber-first-start-"));
      dirs.push(dataDir);
      expect(await killWhenPresent(dataDir, join(dataDir, marker))).toBe(true);
      const server = await startChildServer({ dataDir });
      try {
        const person = new Person(httpSend(server.url), uniqueEmail("after-crash"), PASSWORD);
        expect((await person.signup()).status).toBe(201);
        const read = await person.request({ method: "GET", path: "/api/journal/events" });
        expect(read.json).toEqual({ events: [], nextCursor: null });
      } finally {
        await server.stop();
      }
    },
    SPAWNING_TEST_MS,
  );
});
