/**
 * The stored events the journal rules need at `now` (core's `neededEvents`), read with index probes so the
 * cost does not grow with the journal: the 7-day window (journal_events_owner_at), and for persistent-48h
 * the latest check-in, the latest calm one, the run's first check-in and the first completed session in
 * the run (one probe each, migration 002's indexes). One statement, one round trip, one row of JSON text.
 *
 * The window is read newest first up to a fixed ceiling, so the cost has a ceiling whatever is stored (a
 * backdated flood included). The ceiling is the write quota's seven days (journal-quota.ts), so for every
 * journal written within the quota the rules see every event of the window, as they would the whole journal.
 */
import { JOURNAL_THRESHOLDS, type JournalEvent, journalNeeds } from "@limber/core";
import { sql } from "kysely";
import type { Database } from "../storage/database";
import { JOURNAL_WRITES_PER_DAY } from "./journal-quota-limits";

const BELOW = sql.lit(JOURNAL_THRESHOLDS.persistentStiffness.value);
/**
 * A calm check-in, the one that ends a persistent run (P20: pain or stiffness): both below core's threshold.
 * The same words as the partial index journal_events_calm_check_ins (migration 006), so the planner can use
 * it; calm-check-in-index.test.ts fails when the threshold and the index's predicate disagree.
 */
export const CALM_CHECK_IN = sql`type = 'check-in' AND (body->>'stiffness')::int < ${BELOW} AND (body->>'pain')::int < ${BELOW}`;
/** A completed session: the predicate of journal_events_completed_sessions (migration 002). */
export const COMPLETED_SESSION = sql`type = 'session' AND body->>'outcome' = 'completed'`;

/** At most this many of the last 7 days' events are read: seven days of the write quota. */
export const ASSESSMENT_WINDOW_CEILING = 7 * JOURNAL_WRITES_PER_DAY;

export async function readAssessmentEvents(
  { db }: Database,
  ownerId: string,
  now: Date,
  ceiling: number = ASSESSMENT_WINDOW_CEILING,
): Promise<JournalEvent[]> {
  const needs = journalNeeds(now.getTime());
  const until = new Date(needs.untilMs);
  const from = new Date(needs.recentFromMs);
  // Each branch reads its rows' bodies itself, by index; joining the chosen ids back to the table instead
  // let the planner scan a million-event journal whole (2.4 s) when it misjudged how few ids there were.
  const { rows } = await sql<{ events: string }>`
    WITH latest AS (
      SELECT at, id, body FROM journal_events
      WHERE owner_id = ${ownerId} AND type = 'check-in' AND at <= ${until}
      ORDER BY at DESC, id DESC LIMIT 1
    ), calm AS (
      SELECT at, id, body FROM journal_events
      WHERE owner_id = ${ownerId} AND ${CALM_CHECK_IN} AND at <= ${until}
      ORDER BY at DESC, id DESC LIMIT 1
    ), run_start AS (
      SELECT at, id, body FROM journal_events e
      WHERE owner_id = ${ownerId} AND type = 'check-in' AND at <= ${until}
        -- A row bound the index can start from (an OR here would scan the check-ins before the calm one).
        AND (e.at, e.id) > (coalesce((SELECT at FROM calm), '-infinity'), coalesce((SELECT id FROM calm), '00000000-0000-0000-0000-000000000000'))
      ORDER BY at, id LIMIT 1
    ), stretch AS (
      SELECT at, id, body FROM journal_events
      WHERE owner_id = ${ownerId} AND ${COMPLETED_SESSION}
        AND at >= (SELECT at FROM run_start) AND at <= ${until}
      ORDER BY at, id LIMIT 1
    ), needed AS (
      SELECT DISTINCT ON (id) at, id, body FROM (
        (SELECT at, id, body FROM journal_events WHERE owner_id = ${ownerId} AND at >= ${from} AND at <= ${until}
         ORDER BY at DESC, id DESC LIMIT ${ceiling})
        UNION ALL SELECT * FROM latest
        UNION ALL SELECT * FROM calm
        UNION ALL SELECT * FROM run_start
        UNION ALL SELECT * FROM stretch
      ) AS chosen
      ORDER BY id
    )
    SELECT coalesce(json_agg(body ORDER BY at, id), '[]')::text AS events FROM needed`.execute(db);
  // Each body was validated by the core when it was written (journal-routes.ts), so it is a JournalEvent.
  return JSON.parse(rows[0]?.events ?? "[]");
}
