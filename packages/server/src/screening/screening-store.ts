/**
 * Stored screenings: answers and decision, owned by one person. A retried store (same id) stores nothing new.
 * A screening that stopped at its first emergency "yes" holds only the questions asked; `stoppedAt` is read
 * from its answers, so it needs no column of its own.
 */
import { type AskedAnswers, type Decision, stoppedAtOf } from "@limber/core";
import type { ScreeningLinkId } from "@limber/core/screening/questionnaire";
import { ApiError } from "../errors/api-error";
import type { Database } from "../storage/database";

export type StoredScreening = {
  id: string;
  at: string;
  answers: AskedAnswers;
  decision: Decision;
  /** Only on a screening that stopped at this emergency question. */
  stoppedAt?: ScreeningLinkId;
};

const sameAnswers = (a: AskedAnswers, b: AskedAnswers) =>
  Object.keys(a).length === Object.keys(b).length &&
  Object.entries(a).every(([key, value]) => (b as Record<string, boolean | undefined>)[key] === value);

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
  if (!sameAnswers(earlier.answers, screening.answers)) {
    throw new ApiError("screening_conflict");
  }
  return toStored(earlier);
}

function toStored(row: { id: string; at: Date; answers: unknown; decision: unknown }): StoredScreening {
  const answers = row.answers as AskedAnswers;
  const stoppedAt = stoppedAtOf(answers);
  return {
    id: row.id,
    at: row.at.toISOString(),
    answers,
    decision: row.decision as Decision,
    ...(stoppedAt === undefined ? {} : { stoppedAt }),
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
