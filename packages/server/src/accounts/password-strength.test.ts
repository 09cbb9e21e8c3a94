import { describe, expect, it } from "vitest";
import { ApiError } from "../errors/api-error";
import { hashPassword } from "./password-hash";
import { estimateStrength, MAX_WAITING, STRENGTH_INPUT_LIMIT } from "./password-strength";
import { passwordWork } from "./password-work";

describe("issue 17 finding 6: the strength estimate runs in a worker, bounded", () => {
  it("scores an easy password low and a passphrase high, as zxcvbn does", async () => {
    expect((await estimateStrength("password123", [])).score).toBeLessThan(3);
    expect((await estimateStrength("correct horse battery staple", [])).score).toBeGreaterThanOrEqual(3);
  });

  it("refuses with 429 and Retry-After beyond MAX_WAITING estimates at once, and serves the rest", async () => {
    const long = "x7$kQ".repeat(40);
    const results = await Promise.allSettled(
      Array.from({ length: MAX_WAITING + 8 }, () => estimateStrength(long, [])),
    );
    const refused = results.filter((result) => result.status === "rejected");
    expect(refused).toHaveLength(8);
    for (const result of refused) {
      const error = (result as PromiseRejectedResult).reason as ApiError;
      expect(error).toBeInstanceOf(ApiError);
      expect(error.code).toBe("rate_limited");
      expect(error.retryAfterSeconds).toBeGreaterThan(0);
    }
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(MAX_WAITING);
  });

  it("estimates only the first STRENGTH_INPUT_LIMIT characters", async () => {
    const strongStart = "correct horse battery staple".padEnd(STRENGTH_INPUT_LIMIT, " ");
    const withTail = await estimateStrength(`${strongStart}${"a".repeat(1_000)}`, []);
    const alone = await estimateStrength(strongStart, []);
    expect(withTail).toEqual(alone);
  });

  it("waits its turn in the password work's budget with scrypt, so the two never take every core together", async () => {
    const cheap = { log2N: 10, r: 8, p: 1 };
    const hashes = Array.from({ length: passwordWork.concurrency }, (_, n) =>
      hashPassword(`pass ${n}`, cheap),
    );
    const estimate = estimateStrength("correct horse battery staple", []);
    await Promise.resolve();
    expect(passwordWork.activeCount).toBe(passwordWork.concurrency);
    expect(passwordWork.pendingCount).toBe(1); // the estimate waits for a derivation to end
    await Promise.all(hashes);
    expect((await estimate).score).toBeGreaterThanOrEqual(3);
    expect(passwordWork.activeCount + passwordWork.pendingCount).toBe(0);
  });
});
