import type { JournalEvent } from "@limber/core/journal/events";
import { afterEach, describe, expect, it, vi } from "vitest";
import { browserStorage } from "./browser-storage";
import { browserHeldEvents, createHeldEvents } from "./held-events";

const stop: JournalEvent = {
  type: "session",
  id: "6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a",
  at: "2026-11-24T07:00:00Z",
  technique: "thoracic-foam-roll",
  outcome: "stopped-for-pain",
};

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
  sessionStorage.clear();
});

describe("the browser's key-value storage", () => {
  it("is not reached when the record store's held events are set up, only when one is held or listed", () => {
    const reached = vi.spyOn(globalThis, "localStorage", "get");
    const held = browserHeldEvents();
    expect(reached).not.toHaveBeenCalled();
    expect(held.put(stop)).toBe(true);
    expect(reached).toHaveBeenCalled();
    expect(held.list()).toEqual([stop]);
  });

  it("refused by the browser (a private mode), holds nothing and lists nothing, without throwing", () => {
    vi.spyOn(globalThis, "localStorage", "get").mockImplementation(() => {
      throw new DOMException("denied", "SecurityError");
    });
    const held = createHeldEvents([browserStorage("localStorage")]);
    expect(held.put(stop)).toBe(false);
    expect(held.list()).toEqual([]);
  });

  it("keeps what is written in the storage it names", () => {
    browserStorage("sessionStorage").setItem("limber-test", "1");
    expect(sessionStorage.getItem("limber-test")).toBe("1");
    expect(browserStorage("sessionStorage").getItem("limber-test")).toBe("1");
    browserStorage("sessionStorage").removeItem("limber-test");
    expect(sessionStorage.getItem("limber-test")).toBeNull();
  });
});
