/**
 * Sign-in throttling, shared by every server process through the database: failed attempts are counted per
 * account and per client address within a window. Keys are hashed, so the table holds no email addresses.
 */
import type { ServerSettings } from "../config/settings";
import type { Database } from "../storage/database";
import { hashToken } from "./secret-token";

export const throttleKeys = (email: string, address: string) => [
  hashToken(`email:${email}`),
  hashToken(`address:${address}`),
];

/** True when any key has used up its failed attempts in the window. */
export async function isThrottled(
  { db }: Database,
  keys: readonly string[],
  now: Date,
  settings: ServerSettings,
): Promise<boolean> {
  const rows = await db
    .selectFrom("login_failures")
    .select(["key_hash", db.fn.countAll<string>().as("failures")])
    .where("key_hash", "in", keys)
    .where("at", ">", new Date(now.getTime() - settings.loginWindowMs))
    .groupBy("key_hash")
    .execute();
  return rows.some((row) => Number(row.failures) >= settings.loginAttempts);
}

export async function recordFailure({ db }: Database, keys: readonly string[], now: Date): Promise<void> {
  await db
    .insertInto("login_failures")
    .values(keys.map((key_hash) => ({ key_hash, at: now })))
    .execute();
}

/** A successful sign-in clears the account's failures; old rows are pruned on the way. */
export async function clearFailures(
  { db }: Database,
  accountKey: string,
  now: Date,
  settings: ServerSettings,
): Promise<void> {
  await db
    .deleteFrom("login_failures")
    .where((eb) =>
      eb.or([
        eb("key_hash", "=", accountKey),
        eb("at", "<=", new Date(now.getTime() - settings.loginWindowMs)),
      ]),
    )
    .execute();
}
