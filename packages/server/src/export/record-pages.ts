/**
 * A person's journal and screenings read a page at a time, by keyset on (at, id), so an export of a million
 * events never holds more than one page. The bound is one row comparison the index starts from (an
 * "is this the first page OR after" condition made every page scan from the journal's start: quadratic). The position is kept as the database's own text for `at`, so
 * sub-millisecond times are neither skipped nor repeated.
 */
import { sql } from "kysely";
import type { Database } from "../storage/database";

export const EXPORT_PAGE_SIZE = 1_000;

type Position = { at: string; id: string } | null;

/**
 * Each stored event's JSON text, oldest first, one page per iteration. With `writtenBy` (a database time),
 * only events stored by then: one snapshot, whatever is written while the pages are read.
 */
export async function* eventPages(
  { db }: Database,
  ownerId: string,
  writtenBy: Date | null = null,
): AsyncGenerator<string[]> {
  let after: Position = null;
  for (;;) {
    // Ordered by the columns themselves (journal_events.at), not the text aliases, so the index serves it.
    const { rows } = await sql<{ body: string; at: string; id: string }>`
      SELECT body::text AS body, at::text AS at, id::text AS id FROM journal_events
      WHERE owner_id = ${ownerId}
        AND (at, id) > (coalesce(${after?.at ?? null}::timestamptz, '-infinity'),
                        coalesce(${after?.id ?? null}::uuid, '00000000-0000-0000-0000-000000000000'))
        AND created_at <= coalesce(${writtenBy}::timestamptz, 'infinity')
      ORDER BY journal_events.at, journal_events.id LIMIT ${EXPORT_PAGE_SIZE}`.execute(db);
    if (rows.length > 0) yield rows.map((row) => row.body);
    if (rows.length < EXPORT_PAGE_SIZE) return;
    const last = rows[rows.length - 1] as { at: string; id: string };
    after = { at: last.at, id: last.id };
  }
}

/** The database's own clock now: where a snapshot of the journal ends (events carry the database's time). */
export async function databaseNow({ db }: Database): Promise<Date> {
  const { rows } = await sql<{ now: Date }>`SELECT clock_timestamp() AS now`.execute(db);
  return new Date(rows[0]?.now ?? Date.now());
}

export type ScreeningRow = { id: string; at: string; answers: string; decision: string };

/** Each stored screening (answers and decision as JSON text), oldest first, one page per iteration. */
export async function* screeningPages({ db }: Database, ownerId: string): AsyncGenerator<ScreeningRow[]> {
  let after: Position = null;
  for (;;) {
    const { rows } = await sql<ScreeningRow & { position: string }>`
      SELECT id::text AS id, at AS instant, at::text AS position, answers::text AS answers,
             decision::text AS decision
      FROM screenings
      WHERE owner_id = ${ownerId}
        AND (at, id) > (coalesce(${after?.at ?? null}::timestamptz, '-infinity'),
                        coalesce(${after?.id ?? null}::uuid, '00000000-0000-0000-0000-000000000000'))
      ORDER BY screenings.at, screenings.id LIMIT ${EXPORT_PAGE_SIZE}`.execute(db);
    if (rows.length > 0)
      yield rows.map((row) => ({
        id: row.id,
        at: new Date((row as unknown as { instant: Date | string }).instant).toISOString(),
        answers: row.answers,
        decision: row.decision,
      }));
    if (rows.length < EXPORT_PAGE_SIZE) return;
    const last = rows[rows.length - 1] as { position: string; id: string };
    after = { at: last.position, id: last.id };
  }
}
