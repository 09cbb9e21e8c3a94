import { afterEach, describe, expect, it, vi } from "vitest";

/** A stand-in for the browser's Worker: records what was started and lets the test answer for it. */
class FakeWorker {
  static started: FakeWorker[] = [];
  onmessage: (() => void) | null = null;
  onerror: (() => void) | null = null;
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.started.push(this);
  }
  terminate() {
    this.terminated = true;
  }
}

async function freshWarmIntl() {
  vi.resetModules();
  return import("./warm-intl");
}
const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await vi.advanceTimersByTimeAsync(0);
  return done;
};

describe("warming the date and time-zone data off the main thread", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    FakeWorker.started = [];
  });

  it("starts one module worker, however often it is asked, and settles when the worker says it is done", async () => {
    vi.useFakeTimers();
    vi.stubGlobal("Worker", FakeWorker);
    const { warmIntl } = await freshWarmIntl();
    const first = warmIntl();
    expect(warmIntl()).toBe(first);
    expect(FakeWorker.started).toHaveLength(1);
    expect(FakeWorker.started[0]?.options.type).toBe("module");
    expect(await settled(first)).toBe(false);
    FakeWorker.started[0]?.onmessage?.();
    expect(await settled(first)).toBe(true);
    expect(FakeWorker.started[0]?.terminated).toBe(true);
  });

  it("settles when the worker fails, so nothing waits on it", async () => {
    vi.useFakeTimers();
    vi.stubGlobal("Worker", FakeWorker);
    const { warmIntl } = await freshWarmIntl();
    const warm = warmIntl();
    FakeWorker.started[0]?.onerror?.();
    expect(await settled(warm)).toBe(true);
  });

  it("gives up on a worker that never answers after WARM_LIMIT_MS, and stops it", async () => {
    vi.useFakeTimers();
    vi.stubGlobal("Worker", FakeWorker);
    const { warmIntl, WARM_LIMIT_MS } = await freshWarmIntl();
    const warm = warmIntl();
    await vi.advanceTimersByTimeAsync(WARM_LIMIT_MS - 1);
    expect(await settled(warm)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(warm)).toBe(true);
    expect(FakeWorker.started[0]?.terminated).toBe(true);
  });

  it("settles at once in a browser that cannot start the worker", async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      "Worker",
      class {
        constructor() {
          throw new Error("workers are not allowed here");
        }
      },
    );
    const { warmIntl } = await freshWarmIntl();
    expect(await settled(warmIntl())).toBe(true);
  });
});
