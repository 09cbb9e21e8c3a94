import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { afterFirstPaint, FIRST_PAINT_LIMIT_MS } from "./after-first-paint";

type PaintCallback = (entries: { getEntriesByName: (name: string) => unknown[] }) => void;

/** A stand-in for the browser's PerformanceObserver that lets a test report paint entries. */
function fakePerformanceObserver(supportedEntryTypes: readonly string[]) {
  const observers: { callback: PaintCallback; disconnected: boolean }[] = [];
  class FakeObserver {
    static supportedEntryTypes = supportedEntryTypes;
    private readonly state: { callback: PaintCallback; disconnected: boolean };
    constructor(callback: PaintCallback) {
      this.state = { callback, disconnected: false };
      observers.push(this.state);
    }
    observe() {}
    disconnect() {
      this.state.disconnected = true;
    }
  }
  vi.stubGlobal("PerformanceObserver", FakeObserver);
  const report = (...names: string[]) => {
    for (const observer of observers.filter((o) => !o.disconnected)) {
      observer.callback({ getEntriesByName: (name) => names.filter((n) => n === name) });
    }
  };
  return { report };
}

describe("starting the app after the first paint", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("waits for the browser's first-contentful-paint entry, then runs the task once", () => {
    const { report } = fakePerformanceObserver(["paint"]);
    const task = vi.fn();
    afterFirstPaint(task);
    vi.advanceTimersByTime(100);
    report("first-paint");
    vi.advanceTimersByTime(10);
    expect(task).not.toHaveBeenCalled();
    report("first-contentful-paint");
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(FIRST_PAINT_LIMIT_MS);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it("runs anyway after 1.5 s when no paint is ever reported", () => {
    fakePerformanceObserver(["paint"]);
    const task = vi.fn();
    afterFirstPaint(task);
    vi.advanceTimersByTime(FIRST_PAINT_LIMIT_MS - 1);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it("runs at once in a tab loaded in the background, which paints nothing until shown", () => {
    fakePerformanceObserver(["paint"]);
    vi.spyOn(document, "visibilityState", "get").mockReturnValue("hidden");
    const task = vi.fn();
    afterFirstPaint(task);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(FIRST_PAINT_LIMIT_MS);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["reports no paint entries", () => fakePerformanceObserver([])],
    ["has no PerformanceObserver", () => vi.stubGlobal("PerformanceObserver", undefined)],
  ])("runs after the next animation frame in a browser that %s", (_case, setUp) => {
    setUp();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal("requestAnimationFrame", (frame: FrameRequestCallback) => frames.push(frame));
    const task = vi.fn();
    afterFirstPaint(task);
    vi.advanceTimersByTime(10);
    expect(task).not.toHaveBeenCalled();
    for (const frame of frames) frame(0);
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
