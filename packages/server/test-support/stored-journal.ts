/** Puts a person's journal straight into the store (no routes, no quota), replacing what was there. */
import type { JournalEvent } from "@limber/core";
import { journalRow } from "../src/journal/journal-store";
import type { Database } from "../src/storage/database";

export async function replaceStoredJournal(
  { db }: Database,
  ownerId: string,
  events: readonly JournalEvent[],
): Promise<void> {
  await db.deleteFrom("journal_events").where("owner_id", "=", ownerId).execute();
  if (events.length === 0) return;
  await db
    .insertInto("journal_events")
    .values(events.map((event) => journalRow(ownerId, event)))
    .execute();
}
