/**
 * One plan per person. A write keeps whichever copy is newer (core's `newerPlan`: the higher revision, then
 * the later update), decided inside one statement, so two devices syncing at once, or a retried write, end
 * with the same plan stored once.
 */
import type { Plan } from "@limber/core";
import { sql } from "kysely";
import type { Database } from "../storage/database";

/** Stores the plan unless a newer one is already there; answers the plan now stored. */
export async function savePlan({ db }: Database, ownerId: string, plan: Plan): Promise<Plan> {
  await db
    .insertInto("plans")
    .values({
      owner_id: ownerId,
      body: JSON.stringify(plan),
      revision: plan.revision,
      updated_at: plan.updatedAt,
    })
    .onConflict((conflict) =>
      conflict
        .column("owner_id")
        .doUpdateSet({
          body: (eb) => eb.ref("excluded.body"),
          revision: (eb) => eb.ref("excluded.revision"),
          updated_at: (eb) => eb.ref("excluded.updated_at"),
        })
        // Row comparison: the stored plan is replaced only by a higher revision, or the same one changed later.
        .where(sql<boolean>`(plans.revision, plans.updated_at) < (excluded.revision, excluded.updated_at)`),
    )
    .execute();
  return (await readPlan({ db } as Database, ownerId)) as Plan;
}

export async function readPlan({ db }: Database, ownerId: string): Promise<Plan | undefined> {
  const row = await db.selectFrom("plans").select("body").where("owner_id", "=", ownerId).executeTakeFirst();
  return row ? (row.body as unknown as Plan) : undefined;
}
