/**
 * Guessing share tokens is throttled per client address (IPv6 per /64), through the database so every server process
 * counts the same failures: after GUESS_LIMIT failed share reads within GUESS_WINDOW_MS, every share read
 * from that address answers 429 with Retry-After until the oldest failure leaves the window. A live token
 * gets the same 429 then, so a throttled caller learns nothing about which tokens exist.
 */
import { throttleHash } from "../accounts/throttle-key";
import { addressBucket } from "../http/address-bucket";
import type { Database } from "../storage/database";

/** A clinician who mistypes a link a few times is fine; 5 a minute is 7,200 a day, against 2^256 tokens. */
export const GUESS_LIMIT = 5;
export const GUESS_WINDOW_MS = 60_000;

/** The stored key of an address's failures: an HMAC (throttle-key.ts), never a plain hash of the address. */
export const guessKey = (database: Database, address: string) =>
  throttleHash(database, `share-address:${addressBucket(address)}`);

/** Seconds until the address may try again, or 0 when it may try now. */
export async function guessingWait({ db }: Database, key: string, now: Date): Promise<number> {
  const since = new Date(now.getTime() - GUESS_WINDOW_MS);
  const rows = await db
    .selectFrom("share_failures")
    .select("at")
    .where("key_hash", "=", key)
    .where("at", ">", since)
    .orderBy("at", "desc")
    .limit(GUESS_LIMIT)
    .execute();
  if (rows.length < GUESS_LIMIT) return 0;
  const oldestCounted = new Date(rows[rows.length - 1]?.at ?? now).getTime();
  return Math.max(1, Math.ceil((oldestCounted + GUESS_WINDOW_MS - now.getTime()) / 1000));
}

/** Counts one failed share read; failures older than the window are pruned on the way. */
export async function recordGuess({ db }: Database, key: string, now: Date): Promise<void> {
  await db
    .deleteFrom("share_failures")
    .where("at", "<=", new Date(now.getTime() - GUESS_WINDOW_MS))
    .execute();
  await db.insertInto("share_failures").values({ key_hash: key, at: now }).execute();
}
