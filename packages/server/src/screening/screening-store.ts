/** Stored screenings: answers and decision, owned by one person. A retried store (same id) stores nothing new. */
import type { Answers, Decision } from "@limber/core";
import { ApiError } from "../errors/api-error";
import type { Database } from "../storage/database";

export type StoredScreening = { id: string; at: string; answers: Answers; decision: Decision };

const sameAnswers = (a: Record<string, boolean>, b: Record<string, boolean>) =>
  Object.keys(a).length === Object.keys(b).length &&
  Object.entries(a).every(([key, value]) => b[key] === value);

/** Stores a screening under `id`, or returns the one stored by an identical earlier attempt. */
export async function storeScreening(
  { db }: Database,
  ownerId: string,
  screening: StoredScreening,
): Promise<StoredScreening> {
  const inserted = await db
    .insertInto("screenings")
    .values({
      owner_id: ownerId,
      id: screening.id,
      at: screening.at,
      answers: JSON.stringify(screening.answers),
      decision: JSON.stringify(screening.decision),
    })
    .onConflict((conflict) => conflict.columns(["owner_id", "id"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  if (inserted) return screening;
  const earlier = await db
    .selectFrom("screenings")
    .select(["id", "at", "answers", "decision"])
    .where("owner_id", "=", ownerId)
    .where("id", "=", screening.id)
    .executeTakeFirstOrThrow();
  if (!sameAnswers(earlier.answers, screening.answers)) throw new ApiError("screening_conflict");
  return toStored(earlier);
}

function toStored(row: { id: string; at: Date; answers: unknown; decision: unknown }): StoredScreening {
  return {
    id: row.id,
    at: row.at.toISOString(),
    answers: row.answers as Answers,
    decision: row.decision as Decision,
  };
}

/** The person's screenings, newest first. */
export async function listScreenings({ db }: Database, ownerId: string): Promise<StoredScreening[]> {
  const rows = await db
    .selectFrom("screenings")
    .select(["id", "at", "answers", "decision"])
    .where("owner_id", "=", ownerId)
    .orderBy("at", "desc")
    .orderBy("id", "desc")
    .execute();
  return rows.map(toStored);
}
