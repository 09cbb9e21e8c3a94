/**
 * A person's private calendar feed: one per person, its secret kept only as a SHA-256. Replacing it makes a
 * new secret (the old one dies at once); withdrawing deletes it.
 */
import type { Database } from "../storage/database";

/** Makes or replaces the person's feed with this secret's hash. */
export async function replaceFeed(
  { db }: Database,
  ownerId: string,
  secretHash: string,
  now: Date,
): Promise<void> {
  await db
    .insertInto("calendar_feeds")
    .values({ owner_id: ownerId, secret_hash: secretHash, created_at: now })
    .onConflict((conflict) =>
      conflict.column("owner_id").doUpdateSet({ secret_hash: secretHash, created_at: now }),
    )
    .execute();
}

export async function withdrawFeed({ db }: Database, ownerId: string): Promise<boolean> {
  const result = await db.deleteFrom("calendar_feeds").where("owner_id", "=", ownerId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function feedOf({ db }: Database, ownerId: string): Promise<{ createdAt: string } | undefined> {
  const row = await db
    .selectFrom("calendar_feeds")
    .select("created_at")
    .where("owner_id", "=", ownerId)
    .executeTakeFirst();
  return row ? { createdAt: new Date(row.created_at).toISOString() } : undefined;
}

/** The owner of a live feed with this secret hash, or undefined. */
export async function feedOwner({ db }: Database, secretHash: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("calendar_feeds")
    .select("owner_id")
    .where("secret_hash", "=", secretHash)
    .executeTakeFirst();
  return row?.owner_id;
}
