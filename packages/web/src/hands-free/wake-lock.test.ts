import { describe, expect, it } from "vitest";
import { keepScreenAwake } from "./wake-lock";

function stubs() {
  let visibility: DocumentVisibilityState = "visible";
  const listeners = new Set<() => void>();
  const requests: string[] = [];
  let releases = 0;
  const nav = {
    wakeLock: {
      request: async (type: string) => {
        requests.push(type);
        return {
          release: async () => {
            releases += 1;
          },
        };
      },
    },
  } as unknown as Navigator;
  const doc = {
    get visibilityState() {
      return visibility;
    },
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  } as unknown as Document;
  const setVisibility = (state: DocumentVisibilityState) => {
    visibility = state;
    for (const listener of listeners) listener();
  };
  return { nav, doc, requests, setVisibility, releases: () => releases, listeners };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the screen wake lock", () => {
  it("keeps the screen on and takes the lock again when the page comes back into view", async () => {
    const s = stubs();
    keepScreenAwake(s.nav, s.doc);
    await tick();
    s.setVisibility("hidden");
    s.setVisibility("visible");
    await tick();
    expect(s.requests).toEqual(["screen", "screen"]);
  });

  it("lets the screen sleep again when the session ends, and stops listening", async () => {
    const s = stubs();
    const lock = keepScreenAwake(s.nav, s.doc);
    await tick();
    lock.release();
    expect(s.releases()).toBe(1);
    expect(s.listeners.size).toBe(0);
  });

  it("works without a wake lock where the browser has none", () => {
    const s = stubs();
    expect(() => keepScreenAwake({} as Navigator, s.doc).release()).not.toThrow();
  });
});
