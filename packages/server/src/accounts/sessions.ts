/**
 * Server-side sessions. The cookie holds a random token; the database holds only its hash, the owner and
 * the times that enforce the idle and absolute timeouts. Revoking is deleting the row, so every server
 * process sees it at once.
 */
import type { ServerSettings } from "../config/settings";
import type { Database } from "../storage/database";
import { hashToken, newSecretToken } from "./secret-token";

/** last_seen_at is refreshed at most this often, so reading a session is not a write per request. */
export const TOUCH_INTERVAL_MS = 60_000;

export async function startSession(
  { db }: Database,
  userId: string,
  now: Date,
  settings: ServerSettings,
): Promise<string> {
  const token = newSecretToken();
  await db
    .insertInto("sessions")
    .values({
      id_hash: hashToken(token),
      owner_id: userId,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + settings.sessionMaxMs),
    })
    .execute();
  return token;
}

export async function endSession({ db }: Database, sessionHash: string): Promise<void> {
  await db.deleteFrom("sessions").where("id_hash", "=", sessionHash).execute();
}

/** Ends every session of the user except `keepHash` (after a password change). */
export async function endOtherSessions({ db }: Database, userId: string, keepHash: string): Promise<void> {
  await db.deleteFrom("sessions").where("owner_id", "=", userId).where("id_hash", "<>", keepHash).execute();
}

/** Drops sessions that can no longer be used; called now and then, not on every request. */
export async function pruneSessions({ db }: Database, now: Date, settings: ServerSettings): Promise<void> {
  const idleSince = new Date(now.getTime() - settings.sessionIdleMs);
  await db
    .deleteFrom("sessions")
    .where((eb) => eb.or([eb("expires_at", "<=", now), eb("last_seen_at", "<=", idleSince)]))
    .execute();
}
