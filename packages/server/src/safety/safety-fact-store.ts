/**
 * Safety facts in storage, with the journal's idempotency: keyed by (owner, id), an identical retry is
 * "repeated", the same id with other content is a conflict. Every query is scoped to its owner.
 */
import type { AcknowledgementFact, RetractionFact } from "@limber/core";
import { isSameEvent } from "@limber/core/journal/same-event";
import { ApiError } from "../errors/api-error";
import type { Database } from "../storage/database";

export type SafetyFact =
  | { readonly kind: "acknowledgement"; readonly fact: AcknowledgementFact }
  | { readonly kind: "retraction"; readonly fact: RetractionFact };

export async function writeSafetyFact(
  { db }: Database,
  ownerId: string,
  { kind, fact }: SafetyFact,
): Promise<"created" | "repeated"> {
  const inserted = await db
    .insertInto("safety_facts")
    .values({ owner_id: ownerId, id: fact.id, kind, at: fact.at, body: JSON.stringify(fact) })
    .onConflict((conflict) => conflict.columns(["owner_id", "id"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  if (inserted) return "created";
  const earlier = await db
    .selectFrom("safety_facts")
    .select(["kind", "body"])
    .where("owner_id", "=", ownerId)
    .where("id", "=", fact.id)
    .executeTakeFirst();
  if (earlier && earlier.kind === kind && isSameEvent(earlier.body, fact)) return "repeated";
  throw new ApiError("fact_conflict");
}

/** Oldest first. A person records a handful a day at most; the whole list is one small answer. */
export async function readSafetyFacts({ db }: Database, ownerId: string) {
  const rows = await db
    .selectFrom("safety_facts")
    .select(["kind", "body"])
    .where("owner_id", "=", ownerId)
    .orderBy("at")
    .orderBy("id")
    .execute();
  return {
    acknowledgements: rows.flatMap((row) =>
      row.kind === "acknowledgement" ? [row.body as AcknowledgementFact] : [],
    ),
    retractions: rows.flatMap((row) => (row.kind === "retraction" ? [row.body as RetractionFact] : [])),
  };
}
