import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareEvents, sortEvents } from "./event-order";

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 8, minute)).toISOString();

describe("the one event order: time, then id", () => {
  it("puts the older event first", () => {
    expect(compareEvents({ id: uuid(2), at: at(1) }, { id: uuid(1), at: at(2) })).toBeLessThan(0);
  });

  it("breaks a tie on time by id, as the database orders them", () => {
    expect(
      sortEvents([
        { id: uuid(11), at: at(0) },
        { id: uuid(10), at: at(0) },
      ]).map((e) => e.id),
    ).toEqual([uuid(10), uuid(11)]);
  });

  it("compares times, not text: an offset that reads later may be earlier", () => {
    const london = { id: uuid(1), at: "2026-11-24T09:00:00Z" };
    const newYork = { id: uuid(2), at: "2026-11-24T08:00:00-05:00" };
    expect(sortEvents([newYork, london])).toEqual([london, newYork]);
  });

  it("compares ids by their characters, not by a locale's collation", () => {
    expect(compareEvents({ id: "B", at: at(0) }, { id: "a", at: at(0) })).toBeLessThan(0);
  });

  it("puts an unreadable date last, where it counts as new", () => {
    const bad = { id: uuid(1), at: "not a date" };
    expect(sortEvents([bad, { id: uuid(2), at: at(0) }]).at(-1)).toBe(bad);
  });

  it("gives one order whatever order the events arrive in", () => {
    const event = fc.record({
      id: fc.integer({ min: 0, max: 5 }).map(uuid),
      at: fc.integer({ min: 0, max: 3 }).map(at),
    });
    fc.assert(
      fc.property(fc.uniqueArray(event, { selector: (e) => e.id }), (events) => {
        expect(sortEvents([...events].reverse())).toEqual(sortEvents(events));
      }),
    );
  });

  it("leaves its input as it was", () => {
    const events = [
      { id: uuid(2), at: at(1) },
      { id: uuid(1), at: at(0) },
    ];
    sortEvents(events);
    expect(events.map((e) => e.id)).toEqual([uuid(2), uuid(1)]);
  });
});
