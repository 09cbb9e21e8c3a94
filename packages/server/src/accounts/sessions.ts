/**
 * Server-side sessions. The cookie holds a random token; the database holds only its hash, the owner and
 * the times that enforce the idle and absolute timeouts. Revoking is deleting the row, so every server
 * process sees it at once.
 */
import type { ServerSettings } from "../config/settings";
import type { Database } from "../storage/database";
import { hashToken, newSecretToken } from "./secret-token";
import type { SignedInUser } from "./signed-in-user";

/** last_seen_at is refreshed at most this often, so reading a session is not a write per request. */
const TOUCH_INTERVAL_MS = 60_000;

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

/** The user a session token belongs to, or null when it is unknown, idle too long or past its lifetime. */
export async function resolveSession(
  { db }: Database,
  token: string,
  now: Date,
  settings: ServerSettings,
): Promise<SignedInUser | null> {
  const idHash = hashToken(token);
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.owner_id")
    .select(["users.id", "users.email", "users.role", "sessions.last_seen_at"])
    .where("sessions.id_hash", "=", idHash)
    .where("sessions.expires_at", ">", now)
    .where("sessions.last_seen_at", ">", new Date(now.getTime() - settings.sessionIdleMs))
    .executeTakeFirst();
  if (!row) return null;
  if (now.getTime() - row.last_seen_at.getTime() > TOUCH_INTERVAL_MS) {
    await db.updateTable("sessions").set({ last_seen_at: now }).where("id_hash", "=", idHash).execute();
  }
  return { id: row.id, email: row.email, role: row.role, sessionHash: idHash };
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
