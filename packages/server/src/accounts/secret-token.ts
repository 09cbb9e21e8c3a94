/** Random secrets handed to a person (session ids, invite codes) and the hashes stored in their place. */
import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe: far above the 128 bits a session id needs. */
export function newSecretToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}
