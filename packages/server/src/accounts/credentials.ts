/**
 * Checking a password against an account without revealing whether the account exists: an unknown email
 * costs the same hash as a known one, and both fail the same way.
 */
import type { ScryptCost } from "./password-hash";
import { hashPassword, verifyPassword } from "./password-hash";
import type { Account } from "./users";

const decoys = new Map<string, Promise<string>>();

function decoyHash(cost: ScryptCost): Promise<string> {
  const key = `${cost.log2N},${cost.r},${cost.p}`;
  let hash = decoys.get(key);
  if (!hash) {
    hash = hashPassword("a password no account has", cost);
    decoys.set(key, hash);
  }
  return hash;
}

export async function passwordMatches(
  account: Account | undefined,
  password: string,
  cost: ScryptCost,
): Promise<boolean> {
  if (!account) {
    await verifyPassword(password, await decoyHash(cost));
    return false;
  }
  return verifyPassword(password, account.passwordHash);
}
