/**
 * A journal write batch as one function call (issue 19, item 5): what was a transaction of four round trips
 * (BEGIN, the locks and quota counts, the insert, COMMIT) is one statement, atomic on its own. Round trips,
 * not the statements' work, were most of a write's cost: PGlite answers each on another thread and
 * PostgreSQL over a socket.
 *
 * Two statements run inside, in this order, as before (journal/journal-batch.ts):
 * 1. lock each owner (users FOR KEY SHARE, which deletions take FOR UPDATE) and their quota row (made when
 *    missing), in owner order, reading the latest counts;
 * 2. with a snapshot taken after those locks (PL/pgSQL takes a new one per statement, so every deletion
 *    committed before them is seen): grant each write against its owner's quota in batch order, store the
 *    counts, check the deletions, insert each granted (owner, id) once (ON CONFLICT DO NOTHING: a retry is
 *    stored once), and say for each write what became of it.
 *
 * The quota (journal-quota.ts): a window that has run its length starts again at this batch; an owner's
 * k-th write in the batch is granted while both windows have room for it; refusals are not counted. A
 * refused write names the window that is full (the minute first) and the seconds until it ends.
 */
import { type Kysely, type Migration, sql } from "kysely";

export const journalWriteBatch: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      CREATE FUNCTION journal_write_batch(
        owner_ids uuid[], ids uuid[], types text[], ats timestamptz[], bodies text[],
        now timestamptz, per_minute integer, per_day integer, minute_ms bigint, day_ms bigint
      )
      RETURNS TABLE (ord bigint, verdict text, retry_after integer, first_ord bigint,
                     deleted boolean, created boolean, body text)
      LANGUAGE plpgsql VOLATILE AS $$
      #variable_conflict use_column
      DECLARE
        q_owner uuid[];
        q_minute_start timestamptz[];
        q_minute_count integer[];
        q_day_start timestamptz[];
        q_day_count integer[];
        minute_len interval := minute_ms * interval '1 millisecond';
        day_len interval := day_ms * interval '1 millisecond';
      BEGIN
        WITH locked AS (
          SELECT u.id FROM users u WHERE u.id = ANY(owner_ids) ORDER BY u.id FOR KEY SHARE
        ), quota AS (
          INSERT INTO journal_quotas AS q (owner_id, minute_start, minute_count, day_start, day_count)
          SELECT l.id, now, 0, now, 0 FROM locked l ORDER BY l.id
          ON CONFLICT (owner_id) DO UPDATE SET owner_id = q.owner_id
          RETURNING q.owner_id, q.minute_start, q.minute_count, q.day_start, q.day_count
        )
        SELECT array_agg(quota.owner_id), array_agg(quota.minute_start), array_agg(quota.minute_count),
               array_agg(quota.day_start), array_agg(quota.day_count)
        INTO q_owner, q_minute_start, q_minute_count, q_day_start, q_day_count
        FROM quota;

        RETURN QUERY
        WITH input AS (
          SELECT i.*, row_number() OVER (PARTITION BY i.owner_id ORDER BY i.ord) AS nth
          FROM unnest(owner_ids, ids, types, ats, bodies) WITH ORDINALITY AS i (owner_id, id, type, at, body, ord)
        ), base AS (
          SELECT c.owner_id,
            CASE WHEN now - c.minute_start >= minute_len THEN now ELSE c.minute_start END AS minute_start,
            CASE WHEN now - c.minute_start >= minute_len THEN 0 ELSE c.minute_count END AS minute_count,
            CASE WHEN now - c.day_start >= day_len THEN now ELSE c.day_start END AS day_start,
            CASE WHEN now - c.day_start >= day_len THEN 0 ELSE c.day_count END AS day_count
          FROM unnest(q_owner, q_minute_start, q_minute_count, q_day_start, q_day_count)
            AS c (owner_id, minute_start, minute_count, day_start, day_count)
        ), room AS (
          SELECT b.*, GREATEST(0, LEAST(per_minute - b.minute_count, per_day - b.day_count)) AS free,
            (SELECT count(*) FROM input i WHERE i.owner_id = b.owner_id) AS asked
          FROM base b
        ), judged AS (
          SELECT i.ord, i.owner_id, i.id, i.type, i.at, i.body,
            CASE
              WHEN r.owner_id IS NULL THEN 'account_gone'
              WHEN i.nth <= r.free THEN 'granted'
              WHEN r.minute_count + r.free >= per_minute THEN 'minute_full'
              ELSE 'day_full'
            END AS verdict,
            CASE
              WHEN r.owner_id IS NULL OR i.nth <= r.free THEN NULL
              WHEN r.minute_count + r.free >= per_minute
                THEN GREATEST(1, ceil(extract(epoch FROM r.minute_start + minute_len - now)))::integer
              ELSE GREATEST(1, ceil(extract(epoch FROM r.day_start + day_len - now)))::integer
            END AS retry_after
          FROM input i LEFT JOIN room r ON r.owner_id = i.owner_id
        ), counted AS (
          UPDATE journal_quotas AS q
          SET minute_start = r.minute_start, minute_count = r.minute_count + LEAST(r.free, r.asked),
              day_start = r.day_start, day_count = r.day_count + LEAST(r.free, r.asked)
          FROM room r WHERE q.owner_id = r.owner_id
        ), firsts AS (
          SELECT DISTINCT ON (j.owner_id, j.id) j.ord, j.owner_id, j.id, j.type, j.at, j.body
          FROM judged j WHERE j.verdict = 'granted' ORDER BY j.owner_id, j.id, j.ord
        ), gone AS (
          SELECT f.ord FROM firsts f
          WHERE EXISTS (SELECT 1 FROM journal_deletions d WHERE d.owner_id = f.owner_id AND d.id = f.id)
        ), inserted AS (
          INSERT INTO journal_events (owner_id, id, type, at, body)
          SELECT f.owner_id, f.id, f.type, f.at, f.body::jsonb FROM firsts f
          WHERE f.ord NOT IN (SELECT gone.ord FROM gone)
          ON CONFLICT (owner_id, id) DO NOTHING
          RETURNING journal_events.owner_id, journal_events.id
        )
        SELECT j.ord, j.verdict, j.retry_after, f.ord,
          g.ord IS NOT NULL, n.id IS NOT NULL,
          -- A lookup by key, only for the ids neither deleted nor stored now: a join may scan the journal.
          CASE WHEN f.ord IS NOT NULL AND g.ord IS NULL AND n.id IS NULL THEN (
            SELECT e.body::text FROM journal_events e WHERE e.owner_id = j.owner_id AND e.id = j.id
          ) END
        FROM judged j
        LEFT JOIN firsts f ON j.verdict = 'granted' AND f.owner_id = j.owner_id AND f.id = j.id
        LEFT JOIN gone g ON g.ord = f.ord
        LEFT JOIN inserted n ON n.owner_id = j.owner_id AND n.id = j.id
        ORDER BY j.ord;
      END
      $$`.execute(db);
  },
};
