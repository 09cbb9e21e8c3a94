import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instantMs } from "./instant-ms";

/** Years 0001 to 9999, the range an ISO-8601 instant with four year digits can write. */
const instant = fc.date({
  min: new Date("0001-01-01T00:00:00Z"),
  max: new Date("9999-12-31T23:59:59.999Z"),
  noInvalidDate: true,
});

describe("the instant of an ISO-8601 time", () => {
  it("is what Date.parse reads, for any instant written by toISOString", () => {
    fc.assert(
      fc.property(instant, (date) => {
        const text = date.toISOString();
        expect(instantMs(text)).toBe(Date.parse(text));
      }),
      { numRuns: 5_000 },
    );
  });

  it("is what Date.parse reads, for any 24 characters of that shape, digits or not", () => {
    const character = fc.constantFrom(..."0123456789Z:.-T+ a".split(""));
    const shaped = fc
      .array(character, { minLength: 24, maxLength: 24 })
      .map((chars) =>
        Object.assign(chars, { 4: "-", 7: "-", 10: "T", 13: ":", 16: ":", 19: ".", 23: "Z" }).join(""),
      );
    fc.assert(
      fc.property(shaped, (text) => {
        expect(instantMs(text)).toBe(Date.parse(text));
      }),
      { numRuns: 5_000 },
    );
  });

  it.each([
    "2026-11-24T08:30:00Z",
    "2026-11-24T08:30:00.5+05:45",
    "2026-11-24T08:30:00.000-12:00",
    "0099-06-01T00:00:00.000Z",
    "2026-13-01T00:00:00.000Z",
    "2026-02-30T00:00:00.000Z",
    "2026-11-24T24:00:00.000Z",
    "2026-11-24T23:60:00.000Z",
    "2026-11-24T23:59:60.000Z",
    "2026-00-10T10:00:00.000Z",
    "2026-11-00T10:00:00.000Z",
  ])("is what Date.parse reads for %s", (text) => {
    expect(instantMs(text)).toBe(Date.parse(text));
  });
});
