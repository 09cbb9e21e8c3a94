import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSameEvent } from "./same-event";

const ID = "6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a";
const checkIn = {
  type: "check-in",
  id: ID,
  at: "2026-11-24T08:00:00Z",
  stiffness: 3,
  pain: 2,
  symptoms: ["fever"],
};

describe("isSameEvent: how a retried write is told from a conflict", () => {
  it("ignores the order of keys (a database's JSON may come back in its own order)", () => {
    const reordered = {
      symptoms: ["fever"],
      pain: 2,
      stiffness: 3,
      at: checkIn.at,
      id: ID,
      type: "check-in",
    };
    expect(isSameEvent(checkIn, reordered)).toBe(true);
    expect(JSON.stringify(checkIn)).not.toBe(JSON.stringify(reordered));
  });

  it("ignores key order at any depth", () => {
    expect(isSameEvent({ a: { x: 1, y: [{ p: 1, q: 2 }] } }, { a: { y: [{ q: 2, p: 1 }], x: 1 } })).toBe(
      true,
    );
  });

  it.each([
    ["another value", { ...checkIn, pain: 3 }],
    ["another time", { ...checkIn, at: "2026-11-24T08:00:01Z" }],
    ["a key more", { ...checkIn, note: "" }],
    ["a key fewer", { type: "check-in", id: ID, at: checkIn.at, stiffness: 3, pain: 2 }],
    ["symptoms in another order", { ...checkIn, symptoms: ["fever", "chest-pain"] }],
    ["a number as text", { ...checkIn, pain: "2" }],
    ["null for a value", { ...checkIn, pain: null }],
  ])("tells apart %s", (_name, other) => {
    expect(isSameEvent(checkIn, other)).toBe(false);
    expect(isSameEvent(other, checkIn)).toBe(false);
  });

  it("keeps the order of arrays: a list in another order is other content", () => {
    expect(isSameEvent({ list: [1, 2] }, { list: [2, 1] })).toBe(false);
  });

  it("does not take an array for an object with numbered keys", () => {
    expect(isSameEvent([1], { 0: 1 })).toBe(false);
  });

  it("agrees with itself whatever order any JSON object's keys come in", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        const reversed = Object.fromEntries(Object.entries(value).reverse());
        expect(isSameEvent(value, reversed)).toBe(true);
        // Longer than any key it holds, so surely a key it does not hold.
        const extra = `extra${Object.keys(value).join("")}`;
        expect(isSameEvent(value, { ...value, [extra]: 1 })).toBe(false);
      }),
    );
  });
});
