import { describe, expect, it } from "vitest";
import { BatchQueue } from "./batch-queue";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("a batch queue", () => {
  it("runs a lone request at once, in a batch of one", async () => {
    const batches: number[][] = [];
    const queue = new BatchQueue<number, number>(async (inputs) => {
      batches.push([...inputs]);
      return inputs.map((n) => n * 2);
    }, 1);
    expect(await queue.submit(21)).toBe(42);
    expect(batches).toEqual([[21]]);
  });

  it("groups requests that arrive while a batch runs into the next batch", async () => {
    const batches: number[][] = [];
    const queue = new BatchQueue<number, number>(async (inputs) => {
      batches.push([...inputs]);
      await tick();
      return inputs.map((n) => n + 1);
    }, 1);
    const first = queue.submit(1);
    await new Promise((resolve) => setImmediate(resolve)); // the first batch is now running
    const answers = await Promise.all([first, ...[2, 3, 4].map((n) => queue.submit(n))]);
    expect(answers).toEqual([2, 3, 4, 5]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it("collects requests submitted in the same turn of the event loop into one batch", async () => {
    const batches: number[][] = [];
    const queue = new BatchQueue<number, number>(async (inputs) => {
      batches.push([...inputs]);
      return inputs;
    }, 1);
    await Promise.all([1, 2, 3].map((n) => queue.submit(n)));
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it("gives each caller its own failure without failing the others", async () => {
    const queue = new BatchQueue<number, number>(
      async (inputs) => inputs.map((n) => (n < 0 ? new Error(`negative ${n}`) : n)),
      1,
    );
    const results = await Promise.allSettled([queue.submit(1), queue.submit(-1), queue.submit(2)]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
  });

  it("rejects every caller of a batch whose statement failed, and keeps serving", async () => {
    let fail = true;
    const queue = new BatchQueue<number, number>(async (inputs) => {
      if (fail) throw new Error("connection lost");
      return inputs;
    }, 1);
    await expect(queue.submit(1)).rejects.toThrow("connection lost");
    fail = false;
    expect(await queue.submit(2)).toBe(2);
  });

  it("never sends more than maxBatch inputs in one batch", async () => {
    const sizes: number[] = [];
    const queue = new BatchQueue<number, number>(
      async (inputs) => {
        sizes.push(inputs.length);
        await tick();
        return inputs;
      },
      1,
      3,
    );
    await Promise.all(Array.from({ length: 8 }, (_, n) => queue.submit(n)));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(3);
    expect(sizes.reduce((a, b) => a + b)).toBe(8);
  });

  it("never runs an empty batch when several batches may be in flight", async () => {
    const sizes: number[] = [];
    const queue = new BatchQueue<number, number>(async (inputs) => {
      sizes.push(inputs.length);
      await tick();
      return inputs;
    }, 4);
    await Promise.all(Array.from({ length: 10 }, (_, n) => queue.submit(n)));
    await Promise.all(Array.from({ length: 10 }, (_, n) => queue.submit(n)));
    expect(sizes).not.toContain(0);
    expect(sizes.reduce((a, b) => a + b)).toBe(20);
  });
});
