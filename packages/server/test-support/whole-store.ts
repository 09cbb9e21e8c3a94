/**
 * A store with rows in every table, and every table's contents read back exactly, for specifications of
 * backups and restores (design: "Backups (command line)").
 */
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { tablesInLoadOrder } from "../src/backup/tables";
import type { Database } from "../src/storage/database";
import { adjustUrge, checkIn } from "./journal-events";

/** One person with a row in each table, with the awkward values: microseconds, nulls, unicode, quotes. */
export async function populatePerson(database: Database, n: number, role: "owner" | "member" = "member") {
  const { db } = database;
  const id = randomUUID();
  const at = `2026-11-2${n % 10}T08:30:00.123456+00:00`;
  await db
    .insertInto("users")
    .values({ id, email: `p${n}-${id.slice(0, 4)}@example.test`, password_hash: "scrypt$x", role })
    .execute();
  await db
    .insertInto("sessions")
    .values({ owner_id: id, id_hash: `s-${id}`, created_at: at, last_seen_at: at, expires_at: at })
    .execute();
  await db
    .insertInto("invites")
    .values({ owner_id: id, code_hash: `i-${id}`, expires_at: at, used_at: null })
    .execute();
  await db
    .insertInto("screenings")
    .values({
      owner_id: id,
      id: randomUUID(),
      at,
      answers: '{"fever":false}',
      decision: '{"outcome":"self-care"}',
    })
    .execute();
  const note = checkIn({ note: `stiff "again" — ünïcode ✓ ${n}` });
  for (const event of [note, adjustUrge()]) {
    await db
      .insertInto("journal_events")
      .values({ owner_id: id, id: event.id, type: event.type, at: event.at, body: JSON.stringify(event) })
      .execute();
  }
  await db
    .insertInto("journal_deletions")
    .values({ owner_id: id, id: randomUUID(), deleted_at: at })
    .execute();
  const shareId = randomUUID();
  await db
    .insertInto("shares")
    .values({
      owner_id: id,
      id: shareId,
      token_hash: `t-${id}`,
      label: n % 2 ? null : "PT",
      created_at: at,
      expires_at: at,
    })
    .execute();
  await db
    .insertInto("share_tokens")
    .values({ token_hash: `t-${id}`, owner_id: id, share_id: shareId })
    .execute();
  const fact = { id: randomUUID(), code: "persistent-48h", at, words: "I understand" };
  await db
    .insertInto("safety_facts")
    .values({ owner_id: id, id: fact.id, kind: "acknowledgement", at, body: JSON.stringify(fact) })
    .execute();
  await db
    .insertInto("share_accesses")
    .values({ owner_id: id, share_id: shareId, at, what: "fhir" })
    .execute();
  await db
    .insertInto("login_failures")
    .values({
      key_hash: `k-${id}`,
      window_start: at,
      last_at: at,
      attempts: 3,
      blocked_until: null,
      granted: false,
    })
    .execute();
  await db
    .insertInto("share_failures")
    .values({ key_hash: `f-${id}`, at })
    .execute();
  return id;
}

/** Every table's rows as PostgreSQL's own JSON text, sorted: two stores are equal when these are. */
export async function tableContents(database: Database): Promise<Record<string, string[]>> {
  const contents: Record<string, string[]> = {};
  for (const table of await tablesInLoadOrder(database.db)) {
    const { rows } = await sql<{ row: string }>`
      SELECT to_jsonb(t)::text AS row FROM ${sql.table(table)} t ORDER BY 1`.execute(database.db);
    contents[table] = rows.map((r) => r.row);
  }
  return contents;
}
