/**
 * Throwaway PostgreSQL databases for the server suite. CI starts a cluster and exports
 * LIMBER_TEST_DATABASE_URL; each test file creates its own database there, so parallel workers never collide.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";

const ADMIN_URL = process.env.LIMBER_TEST_DATABASE_URL;

export type TestDatabase = { readonly url: string; drop(): Promise<void> };

/** True when the PostgreSQL half of the suite can run. */
export const hasPostgres = ADMIN_URL !== undefined && ADMIN_URL !== "";

/**
 * CI sets LIMBER_REQUIRE_POSTGRES=1 (see .ci/run): there a missing LIMBER_TEST_DATABASE_URL fails every server
 * test file that uses this module, rather than leaving the PostgreSQL half out. Locally it is a visible notice.
 */
export function postgresRequirement(
  env: NodeJS.ProcessEnv = process.env,
): "available" | "missing-allowed" | "missing-required" {
  if (env.LIMBER_TEST_DATABASE_URL) return "available";
  return env.LIMBER_REQUIRE_POSTGRES === "1" ? "missing-required" : "missing-allowed";
}
if (postgresRequirement() === "missing-required") {
  throw new Error(
    "LIMBER_REQUIRE_POSTGRES=1 but LIMBER_TEST_DATABASE_URL is not set: the PostgreSQL server tests must run here (start PostgreSQL and set LIMBER_TEST_DATABASE_URL, as .ci/run does)",
  );
}

let announced = false;
/** One visible line when the PostgreSQL half of the suite is not running, so nobody mistakes it for a pass. */
export function announcePostgresAbsence(): void {
  if (hasPostgres || announced) return;
  announced = true;
  console.warn(
    "[limber] PostgreSQL server tests are NOT running: LIMBER_TEST_DATABASE_URL is not set (CI sets it; see .ci/run)",
  );
}

/** The storage back ends a suite runs against: always PGlite, PostgreSQL when the cluster is there. */
export type Backend = "pglite" | "postgres";
export function backends(): Backend[] {
  announcePostgresAbsence();
  return hasPostgres ? ["pglite", "postgres"] : ["pglite"];
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Creates an empty database named for this test file and returns its URL; `drop` removes it. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  if (!ADMIN_URL) throw new Error("createTestDatabase needs LIMBER_TEST_DATABASE_URL");
  const safeLabel = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .slice(0, 30);
  const name = `limber_t_${safeLabel}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(ADMIN_URL, name),
    async drop() {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Ends every connection to the database at `url`, as a restart or failover of PostgreSQL would. */
export async function dropConnectionsTo(url: string): Promise<number> {
  if (!ADMIN_URL) throw new Error("dropConnectionsTo needs LIMBER_TEST_DATABASE_URL");
  const database = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    const result = await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
      [database],
    );
    return result.rowCount ?? 0;
  } finally {
    await admin.end();
  }
}
