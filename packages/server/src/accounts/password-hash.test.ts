import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { hashPassword, PRODUCTION_SCRYPT, verifyPassword } from "./password-hash";
import { passwordWork as hashing } from "./password-work";

const CHEAP = { log2N: 10, r: 8, p: 1 };

describe("password hashing", () => {
  it("uses OWASP's scrypt cost in production: N=2^17, r=8, p=1", () => {
    expect(PRODUCTION_SCRYPT).toEqual({ log2N: 17, r: 8, p: 1 });
  });

  it("stores the parameters and a random salt with each hash", async () => {
    const [a, b] = [
      await hashPassword("same passphrase", CHEAP),
      await hashPassword("same passphrase", CHEAP),
    ];
    expect(a).toMatch(/^scrypt\$ln=10,r=8,p=1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(a).not.toBe(b);
  });

  it("verifies the right password and refuses a wrong one", async () => {
    const stored = await hashPassword("correct horse battery", CHEAP);
    expect(await verifyPassword("correct horse battery", stored)).toBe(true);
    expect(await verifyPassword("correct horse batter", stored)).toBe(false);
  });

  it("verifies a hash made at another cost, using the cost stored with it", async () => {
    const stored = await hashPassword("an older passphrase", { log2N: 11, r: 4, p: 1 });
    expect(await verifyPassword("an older passphrase", stored)).toBe(true);
  });

  it("hashes at the production cost", async () => {
    const stored = await hashPassword("a production passphrase", PRODUCTION_SCRYPT);
    expect(stored.startsWith("scrypt$ln=17,r=8,p=1$")).toBe(true);
    expect(await verifyPassword("a production passphrase", stored)).toBe(true);
  });

  it("treats a composed and a decomposed accent as the same password", async () => {
    const stored = await hashPassword("caf\u00e9 au lait 42", CHEAP);
    expect(await verifyPassword("cafe\u0301 au lait 42", stored)).toBe(true);
  });

  it("refuses a stored value that is not a hash it knows", async () => {
    expect(await verifyPassword("anything", "plain-text-password")).toBe(false);
  });

  it("derives one fewer at a time than the machine has cores, so a burst of sign-ins leaves one to everyone else", async () => {
    const burst = 2 * availableParallelism() + 2;
    const hashes = Array.from({ length: burst }, (_, n) => hashPassword(`passphrase ${n}`, CHEAP));
    await Promise.resolve();
    const allowed = Math.max(1, availableParallelism() - 1);
    expect(hashing.activeCount).toBe(allowed);
    expect(hashing.pendingCount).toBe(burst - allowed);
    expect(new Set(await Promise.all(hashes)).size).toBe(burst);
    expect(hashing.activeCount + hashing.pendingCount).toBe(0);
  });
});
