/** One-time invite codes the owner hands out when sign-up is by invitation. Only their hashes are stored. */
import type { Kysely } from "kysely";
import type { Database } from "../storage/database";
import type { Schema } from "../storage/schema";
import { hashToken, newSecretToken } from "./secret-token";

export async function createInvite(
  { db }: Database,
  ownerId: string,
  now: Date,
  ttlMs: number,
): Promise<{ code: string; expiresAt: Date }> {
  const code = newSecretToken();
  const expiresAt = new Date(now.getTime() + ttlMs);
  await db
    .insertInto("invites")
    .values({ code_hash: hashToken(code), owner_id: ownerId, created_at: now, expires_at: expiresAt })
    .execute();
  return { code, expiresAt };
}

/** True when the code is known, unexpired and unused (read only: sign-up redeems it in its transaction). */
export async function isInviteValid({ db }: Database, code: string, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom("invites")
    .select("code_hash")
    .where("code_hash", "=", hashToken(code))
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  return row !== undefined;
}

/** Marks the code used, inside the sign-up's transaction; false when it is unknown, expired or used. */
export async function redeemInvite(db: Kysely<Schema>, code: string, now: Date): Promise<boolean> {
  const redeemed = await db
    .updateTable("invites")
    .set({ used_at: now })
    .where("code_hash", "=", hashToken(code))
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .returning("code_hash")
    .executeTakeFirst();
  return redeemed !== undefined;
}
