/**
 * Seeds PostgreSQL directly (INSERT ... SELECT generate_series, 100k rows a statement): thousands of people
 * with a short journal each, and long journals for the people the scale benchmark measures. Their events are
 * an hour apart back from `now`: a check-in (always stiff, so the latest stiff run is the whole journal:
 * the worst case for the persistent-48h rule), a session (completed, now and then stopped for pain) and an
 * urge, so every rule has work. The last week is the same for every length: only the history differs.
 */
import pg from "pg";

/** Runs one statement with parameters and returns its rows: a pg client, or Kysely over PGlite. */
export type RunSql = (text: string, params: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

/** A RunSql on a PostgreSQL URL, and how to close it. */
export async function postgresRunner(databaseUrl: string): Promise<{ run: RunSql; close(): Promise<void> }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  return { run: (text, params) => client.query(text, params), close: () => client.end() };
}

const CHUNK = 100_000;

export type SeedFigures = { readonly people: number; readonly events: number; readonly seconds: number };

/** Events number $1..$2 (0 = newest) before $3 of the owner `owner`, with bodies as the server stores them. */
const eventsSql = (owner: string) => `
  SELECT ${owner} AS owner_id, gen_random_uuid() AS id, kind AS type, at,
    CASE kind
      WHEN 'check-in' THEN jsonb_build_object('type', kind, 'id', NULL, 'at', iso, 'stiffness', 3 + n % 8,
                                              'pain', n % 5, 'symptoms', '[]'::jsonb)
      WHEN 'session' THEN jsonb_build_object('type', kind, 'id', NULL, 'at', iso, 'technique',
                                             CASE WHEN n % 2 = 0 THEN 'thoracic-foam-roll' ELSE 'supine-spinal-twist' END,
                                             'outcome', CASE WHEN n % 37 = 0 THEN 'stopped-for-pain' ELSE 'completed' END)
      ELSE jsonb_build_object('type', kind, 'id', NULL, 'at', iso)
    END AS body
  FROM generate_series($1::bigint, $2::bigint) AS n,
    LATERAL (SELECT $3::timestamptz - (n + 1) * interval '1 hour' AS at,
                    (ARRAY['check-in', 'session', 'adjust-urge'])[1 + n % 3] AS kind) AS t,
    LATERAL (SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS iso) AS i`;

async function insertEvents(run: RunSql, ownerId: string, count: number, now: Date): Promise<void> {
  for (let from = 0; from < count; from += CHUNK) {
    const to = Math.min(count, from + CHUNK) - 1;
    // The id inside the body is set from the row's own id, as the server stores it.
    await run(
      `INSERT INTO journal_events (owner_id, id, type, at, body)
       SELECT owner_id, id, type, at, jsonb_set(body, '{id}', to_jsonb(id::text)) FROM (${eventsSql("$4::uuid")}) AS e`,
      [from, to, now.toISOString(), ownerId],
    );
  }
}

export async function seedScale(
  run: RunSql,
  journals: readonly { ownerId: string; events: number }[],
  otherPeople: number,
  eventsPerOther: number,
  now: Date,
  progress: (line: string) => void,
): Promise<SeedFigures> {
  const started = performance.now();
  {
    await run(
      `INSERT INTO users (id, email, password_hash, role)
       SELECT gen_random_uuid(), 'other-' || n || '@example.test', 'not-a-hash', 'member'
       FROM generate_series(1, $1::int) AS n`,
      [otherPeople],
    );
    const others = (await run(`SELECT id::text AS id FROM users WHERE email LIKE 'other-%'`, [])) as {
      rows: { id: string }[];
    };
    // The others' short journals, in one statement per 1,000 people.
    for (let i = 0; i < others.rows.length; i += 1_000) {
      const ids = others.rows.slice(i, i + 1_000).map((row) => row.id);
      await run(
        `INSERT INTO journal_events (owner_id, id, type, at, body)
         SELECT owner_id, id, type, at, jsonb_set(body, '{id}', to_jsonb(id::text))
         FROM unnest($4::uuid[]) AS person,
              LATERAL (${eventsSql("person")}) AS e`,
        [0, eventsPerOther - 1, now.toISOString(), ids],
      );
    }
    progress(`  ${others.rows.length} other people with ${eventsPerOther} events each`);
    for (const journal of journals) {
      const before = performance.now();
      await insertEvents(run, journal.ownerId, journal.events, now);
      progress(
        `  ${journal.events} events for one person in ${((performance.now() - before) / 1000).toFixed(1)} s`,
      );
    }
    await run("ANALYZE", []);
    const total =
      journals.reduce((sum, journal) => sum + journal.events, 0) + others.rows.length * eventsPerOther;
    return {
      people: others.rows.length + journals.length,
      events: total,
      seconds: (performance.now() - started) / 1000,
    };
  }
}
