import { afterEach, describe, expect, it, vi } from "vitest";
import { findScene } from "./catalogue";
import { prepareScene, prepareSceneWhenIdle } from "./prepared-scene";
import { layoutScene } from "./scene-drawing";

describe("a prepared scene", () => {
  it("is the catalogue's scene with the layout its whole motion fits in", () => {
    const prepared = prepareScene("twist-guide-left");
    const scene = findScene("twist-guide-left");
    if (!scene) throw new Error("the catalogue lost twist-guide-left");
    expect(prepared?.scene.id).toBe(scene.id);
    expect(prepared?.layout).toEqual(layoutScene(scene));
  });

  it("is worked out once per scene and side, so the tap that shows it solves no motion again", () => {
    const first = prepareScene("twist-hold-right");
    const frameAt = vi.spyOn(first?.scene ?? { frameAt: () => undefined }, "frameAt");
    expect(prepareScene("twist-hold-right")).toBe(first);
    expect(frameAt).not.toHaveBeenCalled();
  });

  it("keeps each side of the return apart", () => {
    const left = prepareScene("twist-return", "left");
    const right = prepareScene("twist-return", "right");
    expect(left?.scene.side).toBe("left");
    expect(right?.scene.side).toBe("right");
    expect(prepareScene("twist-return", "left")).toBe(left);
  });

  it("is nothing for an id the catalogue does not hold", () => {
    expect(prepareScene("no-such-scene")).toBeUndefined();
  });
});

describe("a scene prepared while the browser is idle", () => {
  type Idle = (deadline: IdleDeadline) => void;
  /** A browser whose every idle period is over at once: each callback may do only its smallest slice. */
  function busyBrowser() {
    const waiting = new Map<number, Idle>();
    let handles = 0;
    vi.stubGlobal("requestIdleCallback", (callback: Idle) => {
      handles += 1;
      waiting.set(handles, callback);
      return handles;
    });
    vi.stubGlobal("cancelIdleCallback", (handle: number) => waiting.delete(handle));
    const deadline = { didTimeout: false, timeRemaining: () => 0 } as IdleDeadline;
    return {
      /** Runs the oldest idle callback; false when none waits. */
      runOne: () => {
        const [handle, callback] = waiting.entries().next().value ?? [];
        if (handle === undefined || callback === undefined) return false;
        waiting.delete(handle);
        callback(deadline);
        return true;
      },
    };
  }
  afterEach(() => vi.unstubAllGlobals());

  it("is worked out in small slices that give way, so a tap never waits behind the whole layout", () => {
    const idle = busyBrowser();
    prepareSceneWhenIdle("twist-guide-right");
    let slices = 0;
    while (idle.runOne()) slices += 1;
    expect(slices).toBeGreaterThan(5);
    const scene = findScene("twist-guide-right");
    expect(prepareScene("twist-guide-right")?.layout).toEqual(scene && layoutScene(scene));
  });

  it("stops when cancelled, and is then worked out in full when the step shows it", () => {
    const idle = busyBrowser();
    const cancel = prepareSceneWhenIdle("twist-return", "right");
    expect(idle.runOne()).toBe(true);
    cancel();
    expect(idle.runOne()).toBe(false);
    const scene = findScene("twist-return", "right");
    expect(prepareScene("twist-return", "right")?.layout).toEqual(scene && layoutScene(scene));
  });
});
