/**
 * Sign-in throttling: every attempt is reserved before the password is hashed (attempt-counter.ts).
 * - Per client address: `loginAttempts` in the window, then 429 until the window passes. A right
 *   password gives its attempt back, so only failures use the window up.
 * - Per account: `loginAttempts` failures, then each further try waits a doubling delay. An address the
 *   account signed in from lately is exempt from the account's delay (still under its own address limit),
 *   so a stranger failing on purpose cannot lock the owner out.
 */
import type { ServerSettings } from "../config/settings";
import { ApiError } from "../errors/api-error";
import { addressBucket } from "../http/address-bucket";
import type { Database } from "../storage/database";
import {
  clearAttempts,
  isKnown,
  markKnown,
  pruneAttempts,
  refundAttempt,
  reserveAttempt,
} from "./attempt-counter";

// Addresses are counted as addressBucket says: IPv4 by address, IPv6 by /64.
const addressKey = (address: string) => `login-address:${addressBucket(address)}`;
const accountKey = (email: string) => `login-account:${email}`;
const knownKey = (email: string, address: string) => `login-known:${email}|${addressBucket(address)}`;

export function rateLimited(retryAfterSeconds: number, message: string): ApiError {
  return new ApiError("rate_limited", message, undefined, retryAfterSeconds);
}

/** Reserves this sign-in attempt or throws 429 rate_limited with Retry-After. Call before hashing. */
export async function reserveLogin(
  database: Database,
  email: string,
  address: string,
  now: Date,
  settings: ServerSettings,
): Promise<void> {
  const window = { limit: settings.loginAttempts, windowMs: settings.loginWindowMs };
  const byAddress = await reserveAttempt(database, { key: addressKey(address), ...window }, now);
  if (!byAddress.granted) {
    throw rateLimited(
      byAddress.retryAfterSeconds,
      `Too many sign-in attempts from this address; try again in ${minutes(byAddress.retryAfterSeconds)}.`,
    );
  }
  if (await isKnown(database, knownKey(email, address), now, settings.sessionMaxMs)) return;
  const byAccount = await reserveAttempt(
    database,
    { key: accountKey(email), ...window, backoff: true, subject: email },
    now,
  );
  if (!byAccount.granted) {
    throw rateLimited(
      byAccount.retryAfterSeconds,
      `Too many failed sign-ins to this account; try again in ${minutes(byAccount.retryAfterSeconds)}.`,
    );
  }
}

/** After the right password: the attempt is given back, the account's delay ends, the address is known. */
export async function loginSucceeded(
  database: Database,
  email: string,
  address: string,
  now: Date,
  settings: ServerSettings,
): Promise<void> {
  await refundAttempt(database, addressKey(address), email);
  await clearAttempts(database, accountKey(email));
  await markKnown(database, knownKey(email, address), now, email);
  await pruneAttempts(database, now, Math.max(settings.sessionMaxMs, settings.loginWindowMs));
}

const minutes = (seconds: number) =>
  seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
