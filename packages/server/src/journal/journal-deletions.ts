/**
 * Tombstones: the ids of the person's deleted journal events with when they were deleted, oldest deletion
 * first, a page at a time. A device's sync pull removes each from its own copy, so a deletion made on one
 * device reaches all of them. Kept for as long as the account (a few dozen bytes each).
 */
import { sql } from "kysely";
import type { Database } from "../storage/database";
import { decodeCursor, encodeCursor } from "./journal-cursor";

export type Deletion = { readonly id: string; readonly deletedAt: string };
export type DeletionsPage = { deletions: Deletion[]; nextCursor: string | null };

export async function readDeletions(
  { db }: Database,
  ownerId: string,
  query: { limit: number; cursor?: string },
): Promise<DeletionsPage> {
  let select = db
    .selectFrom("journal_deletions")
    .select(["id", "deleted_at"])
    .where("owner_id", "=", ownerId)
    .orderBy("deleted_at")
    .orderBy("id")
    .limit(query.limit + 1);
  if (query.cursor !== undefined) {
    const after = decodeCursor(query.cursor);
    select = select.where(sql<boolean>`(deleted_at, id) > (${after.at}::timestamptz, ${after.id}::uuid)`);
  }
  const rows = await select.execute();
  const deletions = rows
    .slice(0, query.limit)
    .map((row) => ({ id: row.id, deletedAt: new Date(row.deleted_at).toISOString() }));
  const last = deletions.at(-1);
  return {
    deletions,
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.deletedAt, id: last.id }) : null,
  };
}
