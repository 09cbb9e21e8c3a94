/**
 * A PostgreSQL for the benchmark: LIMBER_BENCH_DATABASE_URL or LIMBER_TEST_DATABASE_URL when set (a fresh
 * database is created on it), otherwise a throwaway cluster from the Debian binaries in a temp directory.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

export type BenchPostgres = {
  readonly origin: string;
  /** A new, empty database on the server; dropped by close(). */
  newDatabase(): Promise<string>;
  close(): Promise<void>;
};

function postgresBin(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(root, versions[0] as string, "bin") : undefined;
}

async function createDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `limber_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

function startCluster(bin: string): { adminUrl: string; stop(): void } {
  const dir = mkdtempSync(join(tmpdir(), "limber-bench-pg-"));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const asRoot = process.getuid?.() === 0;
  // initdb refuses to run as root: run the cluster as the postgres user, as .ci/run does.
  const run = (command: string, args: string[]) =>
    asRoot
      ? execFileSync("runuser", ["-u", "postgres", "--", join(bin, command), ...args], { stdio: "ignore" })
      : execFileSync(join(bin, command), args, { stdio: "ignore" });
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
  }
  run("initdb", ["-D", join(dir, "data"), "-U", "postgres", "--auth=trust"]);
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c max_connections=200`;
  run("pg_ctl", ["-D", join(dir, "data"), "-l", join(dir, "log"), "-w", "-o", options, "start"]);
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      run("pg_ctl", ["-D", join(dir, "data"), "-m", "fast", "stop"]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates databases on demand on `adminUrl` and drops them all at the end. */
function databasesOn(adminUrl: string, origin: string, stop: () => void = () => {}): BenchPostgres {
  const drops: (() => Promise<void>)[] = [];
  return {
    origin,
    async newDatabase() {
      const database = await createDatabase(adminUrl);
      drops.push(database.drop);
      return database.url;
    },
    async close() {
      for (const drop of drops) await drop();
      stop();
    },
  };
}

/** A PostgreSQL to measure against, or the reason there is none here. */
export async function openBenchPostgres(): Promise<BenchPostgres | { skipped: string }> {
  const given = process.env.LIMBER_BENCH_DATABASE_URL ?? process.env.LIMBER_TEST_DATABASE_URL;
  if (given) return databasesOn(given, "given server (LIMBER_*_DATABASE_URL)");
  const bin = postgresBin();
  if (bin === undefined) return { skipped: "no LIMBER_BENCH_DATABASE_URL and no /usr/lib/postgresql" };
  const cluster = startCluster(bin);
  return databasesOn(cluster.adminUrl, `throwaway cluster from ${bin}`, cluster.stop);
}
