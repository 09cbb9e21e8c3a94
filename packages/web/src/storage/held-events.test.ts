import type { JournalEvent } from "@limber/core/journal/events";
import { describe, expect, it } from "vitest";
import { createHeldEvents } from "./held-events";

const stop = (id: string): JournalEvent => ({
  type: "session",
  id,
  at: "2026-11-24T07:00:00Z",
  technique: "thoracic-foam-roll",
  outcome: "stopped-for-pain",
});

function memoryStorage(failing = false) {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (failing) throw new DOMException("quota", "QuotaExceededError");
      map.set(key, value);
    },
  };
}

describe("held events", () => {
  it("holds a stop in every storage that takes it and lists it once", () => {
    const local = memoryStorage();
    const session = memoryStorage();
    const held = createHeldEvents([local, session]);
    expect(held.put(stop("a"))).toBe(true);
    expect(local.map.size).toBe(1);
    expect(session.map.size).toBe(1);
    expect(held.list()).toEqual([stop("a")]);
  });

  it("still holds the stop when the first storage refuses it", () => {
    const held = createHeldEvents([memoryStorage(true), memoryStorage()]);
    expect(held.put(stop("a"))).toBe(true);
    expect(held.list().map((e) => e.id)).toEqual(["a"]);
  });

  it("lists only entries it can tell apart (an object with an id), whatever else the storage holds", () => {
    const local = memoryStorage();
    local.setItem("limber-held-events", JSON.stringify([null, 5, "stop", { at: "x" }, stop("a")]));
    expect(createHeldEvents([local]).list()).toEqual([stop("a")]);
  });

  it("says so when no storage takes the stop", () => {
    const held = createHeldEvents([memoryStorage(true), undefined]);
    expect(held.put(stop("a"))).toBe(false);
    expect(held.list()).toEqual([]);
  });

  it("removes a released event from every storage and keeps the others", () => {
    const local = memoryStorage();
    const held = createHeldEvents([local]);
    held.put(stop("a"));
    held.put(stop("b"));
    held.remove("a");
    expect(
      createHeldEvents([local])
        .list()
        .map((e) => e.id),
    ).toEqual(["b"]);
  });

  it("reads unreadable storage as nothing held rather than failing", () => {
    const local = memoryStorage();
    local.map.set("limber-held-events", "{not json");
    expect(createHeldEvents([local]).list()).toEqual([]);
  });
});
