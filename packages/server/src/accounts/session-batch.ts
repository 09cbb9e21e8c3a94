/**
 * Session lookups, batched like journal writes: every request waiting while the previous lookup ran is
 * resolved by one query. Revocation stays immediate everywhere: nothing is cached between batches.
 */
import type { Clock } from "@limber/core/clock";
import type { ServerSettings } from "../config/settings";
import type { BatchRunner } from "../storage/batch-queue";
import type { Database } from "../storage/database";
import { wallDate } from "../wall-date";
import { hashToken } from "./secret-token";
import { TOUCH_INTERVAL_MS } from "./sessions";
import type { SignedInUser } from "./signed-in-user";

export function sessionBatchRunner(
  { db }: Database,
  settings: ServerSettings,
  clock: Clock,
): BatchRunner<string, SignedInUser | null> {
  return async (tokens) => {
    const at = wallDate(clock);
    const hashes = tokens.map(hashToken);
    const rows = await db
      .selectFrom("sessions")
      .innerJoin("users", "users.id", "sessions.owner_id")
      .select(["sessions.id_hash", "users.id", "users.email", "users.role", "sessions.last_seen_at"])
      .where("sessions.id_hash", "in", [...new Set(hashes)])
      .where("sessions.expires_at", ">", at)
      .where("sessions.last_seen_at", ">", new Date(at.getTime() - settings.sessionIdleMs))
      .execute();
    const byHash = new Map(rows.map((row) => [row.id_hash, row]));
    const stale = rows.filter((row) => at.getTime() - row.last_seen_at.getTime() > TOUCH_INTERVAL_MS);
    if (stale.length > 0) {
      await db
        .updateTable("sessions")
        .set({ last_seen_at: at })
        .where(
          "id_hash",
          "in",
          stale.map((row) => row.id_hash),
        )
        .execute();
    }
    return hashes.map((hash) => {
      const row = byHash.get(hash);
      return row ? { id: row.id, email: row.email, role: row.role, sessionHash: hash } : null;
    });
  };
}
