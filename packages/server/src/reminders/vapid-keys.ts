/**
 * The server's VAPID keys (RFC 8292): given by the operator, or made on first start and kept in the
 * database with the rest of the data, so every server process and a restored backup sign with the same key
 * (a new key would orphan every subscription). Two processes starting at once keep one key: the first insert.
 */
import webpush from "web-push";
import { DEFAULT_VAPID_SUBJECT, type VapidKeys } from "../config/settings";
import type { Database } from "../storage/database";

const KEY_NAME = "vapid";

export async function vapidKeys({ db }: Database, given: VapidKeys | null): Promise<VapidKeys> {
  if (given) return given;
  const fresh = webpush.generateVAPIDKeys();
  await db
    .insertInto("server_secrets")
    .values({ name: KEY_NAME, value: JSON.stringify(fresh) })
    .onConflict((conflict) => conflict.column("name").doNothing())
    .execute();
  const row = await db
    .selectFrom("server_secrets")
    .select("value")
    .where("name", "=", KEY_NAME)
    .executeTakeFirstOrThrow();
  const kept = JSON.parse(row.value) as { publicKey: string; privateKey: string };
  return { publicKey: kept.publicKey, privateKey: kept.privateKey, subject: DEFAULT_VAPID_SUBJECT };
}
