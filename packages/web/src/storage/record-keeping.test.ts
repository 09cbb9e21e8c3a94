/**
 * The browser keeps the record, or the person knows (issue 20, item 1): the browser's answer to the
 * persistence request is kept (not thrown away), asked again after the first saved entry when it said no,
 * and a store emptied behind the app's back is noticed through a marker kept apart from the record.
 */
import { describe, expect, it, vi } from "vitest";
import { createRecordKeeping } from "./record-keeping";

function keyValue() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

describe("the browser's answer to keeping the record", () => {
  it.each([
    [true, false, "granted"],
    [false, true, "granted"],
    [false, false, "denied"],
  ] as const)("persisted() %s, persist() %s: keeps %s", async (persisted, persist, expected) => {
    const keeping = createRecordKeeping({
      storage: () => ({ persisted: async () => persisted, persist: async () => persist }),
      marker: keyValue(),
    });
    expect(await keeping.ask()).toBe(expected);
    expect(keeping.answer.value).toBe(expected);
  });

  it("says unsupported when the browser has no persistence request, and denied when it throws", async () => {
    expect(await createRecordKeeping({ storage: () => undefined, marker: undefined }).ask()).toBe(
      "unsupported",
    );
    const throwing = createRecordKeeping({
      storage: () => ({ persist: () => Promise.reject(new Error("no")) }),
      marker: undefined,
    });
    expect(await throwing.ask()).toBe("denied");
  });

  it("asks again after the first saved entry when the browser said no, and not when it agreed", async () => {
    const persist = vi.fn(async () => false);
    const keeping = createRecordKeeping({ storage: () => ({ persist }), marker: keyValue() });
    await keeping.ask();
    keeping.observe(1);
    await vi.waitFor(() => expect(persist).toHaveBeenCalledTimes(2));
    keeping.observe(2); // not the first entry: no new question
    const agreed = vi.fn(async () => true);
    const granted = createRecordKeeping({ storage: () => ({ persist: agreed }), marker: keyValue() });
    await granted.ask();
    granted.observe(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(agreed).toHaveBeenCalledTimes(1);
  });
});

describe("a record the browser wiped", () => {
  it("is noticed when the device once held entries and its store is now empty", () => {
    const marker = keyValue();
    const before = createRecordKeeping({ storage: () => undefined, marker });
    before.observe(3);
    expect(before.wiped.value).toBe(false);
    const after = createRecordKeeping({ storage: () => undefined, marker });
    after.observe(0);
    expect(after.wiped.value).toBe(true);
  });

  it("is not claimed on a device that never held an entry, nor after the person erased or started afresh", () => {
    const marker = keyValue();
    const fresh = createRecordKeeping({ storage: () => undefined, marker });
    fresh.observe(0);
    expect(fresh.wiped.value).toBe(false);
    fresh.observe(1);
    fresh.forget();
    const later = createRecordKeeping({ storage: () => undefined, marker });
    later.observe(0);
    expect(later.wiped.value).toBe(false);
  });
});
