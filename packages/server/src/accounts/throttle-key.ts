/**
 * Throttle keys (an address, an email asked for) are stored as HMAC-SHA-256 with a server secret, never as a
 * plain hash: a plain SHA-256 of an email or an IPv4 address is reversed by trying candidates in seconds.
 * The secret comes from LIMBER_THROTTLE_SECRET, or is made once at random and kept with the data
 * (`server_secrets`), so every process on one database computes the same keys.
 */
import { createHmac, randomBytes } from "node:crypto";
import { sql } from "kysely";
import type { Database } from "../storage/database";

const secrets = new WeakMap<Database, Promise<string>>();

/** Uses `secret` (from the environment) for this database's throttle keys; null keeps the stored one. */
export function configureThrottleSecret(database: Database, secret: string | null): void {
  if (secret !== null) secrets.set(database, Promise.resolve(secret));
}

async function storedSecret({ db }: Database): Promise<string> {
  const fresh = randomBytes(32).toString("base64url");
  // Two processes starting together: the first insert wins and both read the same row.
  await sql`INSERT INTO server_secrets (name, value) VALUES ('throttle', ${fresh})
            ON CONFLICT (name) DO NOTHING`.execute(db);
  const row = await db
    .selectFrom("server_secrets")
    .select("value")
    .where("name", "=", "throttle")
    .executeTakeFirstOrThrow();
  return row.value;
}

function secretOf(database: Database): Promise<string> {
  let secret = secrets.get(database);
  if (!secret) {
    secret = storedSecret(database);
    // A failure (the database is down) is not remembered: the next request tries again.
    secret.catch(() => secrets.delete(database));
    secrets.set(database, secret);
  }
  return secret;
}

/** The stored form of a throttle key. */
export async function throttleHash(database: Database, key: string): Promise<string> {
  return createHmac("sha256", await secretOf(database))
    .update(key)
    .digest("base64url");
}

/** The stored form of "this row is about the account with this email" (login_failures.subject_hash). */
export function subjectHash(database: Database, email: string): Promise<string> {
  return throttleHash(database, `subject:${email}`);
}
