/**
 * Shares in storage, always scoped to their owner. A share is found by its token's hash; the hash is then
 * compared again in constant time, and an access is written only while the share is still live, in the
 * same statement that checks it, so a revocation that commits first wins the race.
 */
import { randomUUID, timingSafeEqual } from "node:crypto";
import type { ListedShare, Share, ShareAccess, ShareWhat } from "@limber/core/api/share";
import { sql } from "kysely";
import type { Database } from "../storage/database";

type ShareRow = {
  id: string;
  label: string | null;
  created_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
};

const toShare = (row: ShareRow): Share => ({
  id: row.id,
  ...(row.label === null ? {} : { label: row.label }),
  createdAt: new Date(row.created_at).toISOString(),
  expiresAt: new Date(row.expires_at).toISOString(),
  revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at).toISOString(),
});

export async function createShare(
  { db }: Database,
  input: { ownerId: string; tokenHash: string; label?: string; createdAt: Date; expiresAt: Date },
): Promise<Share> {
  const id = randomUUID();
  // The share and its token's lookup row together (008: the lookup is what a clinician's request finds first).
  const row = await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("share_tokens")
      .values({ token_hash: input.tokenHash, owner_id: input.ownerId, share_id: id })
      .execute();
    return trx
      .insertInto("shares")
      .values({
        owner_id: input.ownerId,
        id,
        token_hash: input.tokenHash,
        label: input.label ?? null,
        created_at: input.createdAt,
        expires_at: input.expiresAt,
        revoked_at: null,
      })
      .returning(["id", "label", "created_at", "expires_at", "revoked_at"])
      .executeTakeFirstOrThrow();
  });
  return toShare(row);
}

/** Every share of the owner, newest first, each with its accesses (oldest first). */
export async function listShares({ db }: Database, ownerId: string): Promise<ListedShare[]> {
  const [rows, accesses] = await Promise.all([
    db
      .selectFrom("shares")
      .select(["id", "label", "created_at", "expires_at", "revoked_at"])
      .where("owner_id", "=", ownerId)
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .execute(),
    db
      .selectFrom("share_accesses")
      .select(["share_id", "at", "what"])
      .where("owner_id", "=", ownerId)
      .orderBy("at", "asc")
      .execute(),
  ]);
  const byShare = new Map<string, ShareAccess[]>();
  for (const access of accesses) {
    const list = byShare.get(access.share_id) ?? [];
    list.push({ at: new Date(access.at).toISOString(), what: access.what });
    byShare.set(access.share_id, list);
  }
  return rows.map((row) => ({ ...toShare(row), accesses: byShare.get(row.id) ?? [] }));
}

/** Marks the owner's share revoked (once; a second revocation keeps the first time). False when not theirs. */
export async function revokeShare({ db }: Database, ownerId: string, id: string, at: Date): Promise<boolean> {
  const found = await db
    .selectFrom("shares")
    .select("revoked_at")
    .where("owner_id", "=", ownerId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!found) return false;
  await db
    .updateTable("shares")
    .set({ revoked_at: at })
    .where("owner_id", "=", ownerId)
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .execute();
  return true;
}

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A share that was live when it was opened. */
export type OpenedShare = { readonly ownerId: string; readonly shareId: string };

/**
 * Records one read through the share whose token hashes to `tokenHash`, if it is live at `now`, and returns
 * it; undefined for an unknown, expired or revoked share (the caller cannot tell which).
 */
export async function openShare(
  { db }: Database,
  tokenHash: string,
  what: ShareWhat,
  now: Date,
): Promise<OpenedShare | undefined> {
  // The owner first (the lookup table), then the share on the owner's rows only: every query on a
  // distributed table names its owner (docs/scaling.md).
  const token = await db
    .selectFrom("share_tokens")
    .select(["owner_id", "share_id"])
    .where("token_hash", "=", tokenHash)
    .executeTakeFirst();
  if (!token) return undefined;
  const candidate = await db
    .selectFrom("shares")
    .select(["owner_id", "id", "token_hash"])
    .where("owner_id", "=", token.owner_id)
    .where("id", "=", token.share_id)
    .executeTakeFirst();
  if (!candidate || !sameHash(candidate.token_hash, tokenHash)) return undefined;
  const logged = await db
    .insertInto("share_accesses")
    .columns(["owner_id", "share_id", "at", "what"])
    .expression((eb) =>
      eb
        .selectFrom("shares")
        .select([
          "owner_id",
          "id",
          sql<Date>`${now.toISOString()}::timestamptz`.as("at"),
          sql<ShareWhat>`${what}::text`.as("what"),
        ])
        .where("owner_id", "=", candidate.owner_id)
        .where("id", "=", candidate.id)
        .where("revoked_at", "is", null)
        .where("expires_at", ">", now),
    )
    .returning("owner_id")
    .executeTakeFirst();
  return logged ? { ownerId: logged.owner_id, shareId: candidate.id } : undefined;
}

/** True while the share is neither revoked nor expired and its owner's account still exists. */
export async function isShareLive({ db }: Database, share: OpenedShare, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom("shares")
    .innerJoin("users", "users.id", "shares.owner_id")
    .select("shares.id")
    .where("shares.owner_id", "=", share.ownerId)
    .where("shares.id", "=", share.shareId)
    .where("shares.revoked_at", "is", null)
    .where("shares.expires_at", ">", now)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The share whose token hashes to `tokenHash`, if it is live at `now`; logs nothing. The clinician's open
 * view asks this each minute, so that withdrawing a link closes a page left open.
 */
export async function liveShare(
  { db }: Database,
  tokenHash: string,
  now: Date,
): Promise<OpenedShare | undefined> {
  const candidate = await db
    .selectFrom("shares")
    .select(["owner_id", "id", "token_hash"])
    .where("token_hash", "=", tokenHash)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  return candidate && sameHash(candidate.token_hash, tokenHash)
    ? { ownerId: candidate.owner_id, shareId: candidate.id }
    : undefined;
}
