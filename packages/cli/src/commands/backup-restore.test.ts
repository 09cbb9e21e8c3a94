/**
 * `limber backup` and `limber restore` (design: "Backups (command line)"): a backup taken from a running
 * PGlite server (which answers it itself: no second process opens its data directory) and from a stopped
 * one; a restore into a new directory or database; refusals with exit 2 and one line.
 */
import type { ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capturedRun, expectOneLineError } from "../../test-support/captured-run";
import { startChildServer } from "../../test-support/child-server";
import { run } from "../main";

const limber = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  capturedRun((a, io) => run(a, { ...io, env }), args);

/** A backup's rows (every line but the header), sorted: two backups hold the same data when these match. */
const rowsOf = (file: string) =>
  readFileSync(file, "utf8")
    .trimEnd()
    .split("\n")
    .slice(1)
    .map((line) => JSON.stringify(JSON.parse(line)))
    .sort();

async function startServer(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const { url, child } = await startChildServer({ dataDir, env: { LIMBER_LOG_LEVEL: "warn" } });
  return { url, child };
}

const json = { "content-type": "application/json" };

describe("limber backup and restore on PGlite", () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "limber-cli-backup-"));
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it("backs up a running server under writes, restores into a new directory, and refuses a second restore", async () => {
    const dataDir = join(folder, "live");
    const { url, child } = await startServer(dataDir);
    const stopped = new Promise((resolve) => child.once("exit", resolve));
    try {
      const signup = await fetch(`${url}/api/auth/signup`, {
        method: "POST",
        headers: json,
        body: JSON.stringify({ email: "ann@example.test", password: "correct horse battery staple" }),
      });
      expect(signup.status).toBe(201);
      const cookie = (signup.headers.get("set-cookie") ?? "").split(";")[0] as string;
      const write = (n: number) =>
        fetch(`${url}/api/journal/events`, {
          method: "POST",
          headers: { ...json, cookie },
          body: JSON.stringify({
            type: "adjust-urge",
            id: randomUUID(),
            at: `2026-11-20T10:${String(n % 60).padStart(2, "0")}:00Z`,
          }),
        });
      for (let n = 0; n < 10; n++) expect((await write(n)).status).toBe(201);
      let writing = true;
      const load = (async () => {
        for (let n = 10; writing || n < 30; n++) await write(n);
      })();

      const file = join(folder, "live.ndjson");
      const backup = await limber(["backup", file, "--data", dataDir]);
      writing = false;
      await load;
      expect(backup.stderr).toBe("");
      expect(backup.code).toBe(0);
      expect(backup.stdout).toMatch(
        /^limber backup: wrote .*live\.ndjson \(\d+ rows in \d+ tables, migration \d{3}-/,
      );
      const header = JSON.parse(readFileSync(file, "utf8").split("\n")[0] as string);
      expect(header).toMatchObject({ format: "limber-backup", version: 1, backend: "pglite" });

      // The running server holds its directory: a restore into it is refused, and so is a second process.
      expectOneLineError(
        await limber(["restore", file, "--data", dataDir]),
        /in use by another Limber process/,
      );

      const restoredDir = join(folder, "restored");
      const restored = await limber(["restore", file, "--data", restoredDir]);
      expect(restored.stderr).toBe("");
      expect(restored.code).toBe(0);
      expect(restored.stdout).toMatch(/^limber restore: restored \d+ rows in \d+ tables/);
      expectOneLineError(
        await limber(["restore", file, "--data", restoredDir]),
        /is not empty \(table \w+ holds rows\)/,
      );

      // The restored directory, backed up directly (no server runs on it), holds exactly the same rows.
      const again = join(folder, "again.ndjson");
      expect((await limber(["backup", again, "--data", restoredDir])).code).toBe(0);
      expect(rowsOf(again)).toEqual(rowsOf(file));
      expect(rowsOf(file).some((line) => line.includes("adjust-urge"))).toBe(true);
    } finally {
      child.kill("SIGTERM");
      await stopped;
    }
    expect(existsSync(join(dataDir, "admin", "backup.sock"))).toBe(false);
  }, 180_000);

  it("refuses bad arguments and files with exit 2 and one line", async () => {
    expectOneLineError(await limber(["backup"]), /expected one FILE, got 0/);
    expectOneLineError(await limber(["restore", "a", "b"]), /expected one FILE, got 2/);
    expectOneLineError(await limber(["backup", "x.ndjson", "--dta", "y"]), /unknown option --dta/);
    expectOneLineError(
      await limber(["backup", join(folder, "out.ndjson"), "--data", join(folder, "nothing")]),
      /no Limber data in/,
    );
    expectOneLineError(
      await limber(["restore", join(folder, "missing.ndjson"), "--data", join(folder, "r2")]),
      /no such file/,
    );
    const notBackup = join(folder, "not-backup.ndjson");
    await import("node:fs").then((fs) => fs.writeFileSync(notBackup, '{"hello":1}\n'));
    expectOneLineError(
      await limber(["restore", notBackup, "--data", join(folder, "r3")]),
      /not a Limber backup/,
    );
    expect(existsSync(join(folder, "r3", "pgdata"))).toBe(false);
  });
});

const ADMIN_URL = process.env.LIMBER_TEST_DATABASE_URL;

describe.runIf(ADMIN_URL)("limber backup and restore on PostgreSQL", () => {
  const names = [`limber_b_${randomUUID().slice(0, 8)}`, `limber_r_${randomUUID().slice(0, 8)}`];
  const urlOf = (name: string) =>
    Object.assign(new URL(ADMIN_URL as string), { pathname: `/${name}` }).toString();
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: ADMIN_URL });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  let folder: string;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "limber-cli-pg-backup-"));
    for (const name of names) await admin(`CREATE DATABASE "${name}"`);
  });
  afterAll(async () => {
    for (const name of names) await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    rmSync(folder, { recursive: true, force: true });
  });

  it("backs up one database and restores it into an empty one, then refuses it as non-empty", async () => {
    const [source, target] = names.map(urlOf) as [string, string];
    expect((await limber(["migrate"], { DATABASE_URL: source })).code).toBe(0);
    const client = new pg.Client({ connectionString: source });
    await client.connect();
    await client
      .query(
        `INSERT INTO users (id, email, password_hash, role) VALUES ($1, 'bo@example.test', 'x', 'owner')`,
        [randomUUID()],
      )
      .finally(() => client.end());
    const file = join(folder, "pg.ndjson");
    const backup = await limber(["backup", file], { DATABASE_URL: source });
    expect(backup.code).toBe(0);
    const restored = await limber(["restore", file], { DATABASE_URL: target });
    expect(restored.code).toBe(0);
    expectOneLineError(
      await limber(["restore", file], { DATABASE_URL: target }),
      /is not empty \(table users holds rows\)/,
    );
    const again = join(folder, "pg-again.ndjson");
    expect((await limber(["backup", again], { DATABASE_URL: target })).code).toBe(0);
    expect(rowsOf(again)).toEqual(rowsOf(file));
  }, 120_000);
});
