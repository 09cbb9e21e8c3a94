/**
 * Password hashing with node:crypto scrypt (no native addon). OWASP's scrypt setting is N=2^17, r=8, p=1.
 * The parameters are stored with each hash, so a later change of cost still verifies older hashes.
 * Format: `scrypt$ln=17,r=8,p=1$<salt base64>$<hash base64>`.
 */
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { passwordWork } from "./password-work";

export type ScryptCost = { readonly log2N: number; readonly r: number; readonly p: number };

export const PRODUCTION_SCRYPT: ScryptCost = { log2N: 17, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

/** Derivations wait their turn in the password work's budget (password-work.ts). */
function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  return passwordWork(() => deriveNow(password, salt, cost));
}

function deriveNow(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const N = 2 ** cost.log2N;
  return new Promise((resolve, reject) => {
    // scrypt needs 128 * N * r bytes; allow twice that so Node's default 32 MiB cap does not refuse it.
    scrypt(
      password.normalize("NFC"),
      salt,
      KEY_LENGTH,
      { N, r: cost.r, p: cost.p, maxmem: 256 * N * cost.r },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

export async function hashPassword(password: string, cost: ScryptCost): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, cost);
  return `scrypt$ln=${cost.log2N},r=${cost.r},p=${cost.p}$${salt.toString("base64")}$${key.toString("base64")}`;
}

function parseStored(stored: string): { cost: ScryptCost; salt: Buffer; key: Buffer } | undefined {
  const match = /^scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/.exec(stored);
  if (!match) return undefined;
  const [, log2N, r, p, salt, key] = match as unknown as [string, string, string, string, string, string];
  return {
    cost: { log2N: Number(log2N), r: Number(r), p: Number(p) },
    salt: Buffer.from(salt, "base64"),
    key: Buffer.from(key, "base64"),
  };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseStored(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.cost);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}
