/**
 * Issue 16 item 8: the partial index that finds the latest calm check-in was built by a migration with the
 * threshold of its day written into it; the assessment's query states its own predicate from core's threshold
 * today. If core's threshold changes, the two disagree: the planner can no longer use the index, and every
 * assessment reads a person's whole journal. These fail then, so the change comes with a migration that
 * rebuilds the index.
 */
import { JOURNAL_THRESHOLDS } from "@limber/core";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { BACKENDS, useTestStore } from "../../test-support/test-app";
import { CALM_CHECK_IN, COMPLETED_SESSION } from "./assessment-events";

const OWNER = "00000000-0000-4000-8000-000000000001";

describe.each(BACKENDS)("the calm check-in index on %s", (backend) => {
  const store = useTestStore(backend);

  const indexDefinition = async (name: string) => {
    const { rows } = await sql<{ definition: string }>`
      SELECT indexdef AS definition FROM pg_indexes WHERE indexname = ${name}`.execute(store().database.db);
    return rows[0]?.definition ?? "";
  };

  /** The index the planner picks for `predicate` when it may not scan the table. */
  const indexUsedFor = async (predicate: ReturnType<typeof sql>) => {
    const { db } = store().database;
    return db.connection().execute(async (connection) => {
      await sql`SET enable_seqscan = off`.execute(connection);
      try {
        const { rows } = await sql<{ "QUERY PLAN": string }>`
          EXPLAIN SELECT at, id, body FROM journal_events
          WHERE owner_id = ${OWNER} AND ${predicate} ORDER BY at DESC, id DESC LIMIT 1`.execute(connection);
        return rows.map((row) => row["QUERY PLAN"]).join("\n");
      } finally {
        await sql`RESET enable_seqscan`.execute(connection);
      }
    });
  };

  it("is built on core's threshold, for stiffness and for pain (P20: pain or stiffness)", async () => {
    const definition = await indexDefinition("journal_events_calm_check_ins");
    const bounds = [...definition.matchAll(/'(stiffness|pain)'::text\)\)::integer < (\d+)/g)].map(
      (match) => ({
        measure: match[1],
        below: Number(match[2]),
      }),
    );
    const threshold = JOURNAL_THRESHOLDS.persistentStiffness.value;
    expect(bounds).toEqual([
      { measure: "stiffness", below: threshold },
      { measure: "pain", below: threshold },
    ]);
  });

  it("is the index the assessment's calm check-in query uses", async () => {
    expect(await indexUsedFor(CALM_CHECK_IN)).toContain("journal_events_calm_check_ins");
  });

  it("is not used for a predicate it does not match (so the check above can fail)", async () => {
    const stiffnessOnly = sql`type = 'check-in' AND (body->>'stiffness')::int < 3`;
    expect(await indexUsedFor(stiffnessOnly)).not.toContain("journal_events_calm_check_ins");
  });

  it("leaves the completed sessions' index to the query's own predicate", async () => {
    expect(await indexUsedFor(COMPLETED_SESSION)).toContain("journal_events_completed_sessions");
  });
});
