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

/**
 * Reserves the code for one sign-up, atomically, before any password is hashed: of N parallel sign-ups with
 * one code, one gets it and the others are refused at once. False when it is unknown, expired or used.
 * A sign-up that then fails gives it back (`releaseInvite`); one that dies in between leaves it used.
 */
export async function reserveInvite({ db }: Database, code: string, now: Date): Promise<boolean> {
  return redeemInvite(db, code, now);
}

/** Gives back a code this sign-up reserved at `reservedAt` (the sign-up failed after all). */
export async function releaseInvite({ db }: Database, code: string, reservedAt: Date): Promise<void> {
  await db
    .updateTable("invites")
    .set({ used_at: null })
    .where("code_hash", "=", hashToken(code))
    .where("used_at", "=", reservedAt)
    .execute();
}

/** Marks the code used; false when it is unknown, expired or used. */
async function redeemInvite(db: Kysely<Schema>, code: string, now: Date): Promise<boolean> {
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
