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
  // The person's sessions that can no longer be used go now, so the table does not grow without bound.
  await db
    .deleteFrom("sessions")
    .where("owner_id", "=", userId)
    .where((eb) =>
      eb.or([
        eb("expires_at", "<=", now),
        eb("last_seen_at", "<=", new Date(now.getTime() - settings.sessionIdleMs)),
      ]),
    )
    .execute();
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

/** Ends every session of the user (after a password change, which then starts a fresh one). */
export async function endAllSessions({ db }: Database, userId: string): Promise<void> {
  await db.deleteFrom("sessions").where("owner_id", "=", userId).execute();
}
