/** Web Push subscriptions, per owner; one row per endpoint (a browser re-subscribing replaces its keys). */
import type { Database } from "../storage/database";

export type PushSubscription = { endpoint: string; keys: { p256dh: string; auth: string } };

export async function saveSubscription(
  { db }: Database,
  ownerId: string,
  subscription: PushSubscription,
  now: Date,
): Promise<void> {
  await db
    .insertInto("push_subscriptions")
    .values({
      owner_id: ownerId,
      endpoint: subscription.endpoint,
      p256dh: subscription.keys.p256dh,
      auth: subscription.keys.auth,
      created_at: now,
    })
    .onConflict((conflict) =>
      conflict.columns(["owner_id", "endpoint"]).doUpdateSet({
        p256dh: subscription.keys.p256dh,
        auth: subscription.keys.auth,
      }),
    )
    .execute();
}

export async function removeSubscription(
  { db }: Database,
  ownerId: string,
  endpoint: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom("push_subscriptions")
    .where("owner_id", "=", ownerId)
    .where("endpoint", "=", endpoint)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function subscriptionsOf({ db }: Database, ownerId: string): Promise<PushSubscription[]> {
  const rows = await db
    .selectFrom("push_subscriptions")
    .select(["endpoint", "p256dh", "auth"])
    .where("owner_id", "=", ownerId)
    .execute();
  return rows.map((row) => ({ endpoint: row.endpoint, keys: { p256dh: row.p256dh, auth: row.auth } }));
}

/** Everyone who has a plan and at least one subscription: the people a reminder may go to. */
export async function ownersToRemind({ db }: Database): Promise<string[]> {
  const rows = await db
    .selectFrom("plans")
    .select("owner_id")
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("push_subscriptions as s")
          .select("s.owner_id")
          .whereRef("s.owner_id", "=", "plans.owner_id"),
      ),
    )
    .execute();
  return rows.map((row) => row.owner_id);
}

/** Claims the person's reminder for a local date; true for exactly one caller, whichever process it is. */
export async function claimReminder(
  { db }: Database,
  ownerId: string,
  localDate: string,
  now: Date,
): Promise<boolean> {
  const claimed = await db
    .insertInto("reminder_claims")
    .values({ owner_id: ownerId, local_date: localDate, claimed_at: now })
    .onConflict((conflict) => conflict.columns(["owner_id", "local_date"]).doNothing())
    .returning("owner_id")
    .executeTakeFirst();
  return claimed !== undefined;
}
