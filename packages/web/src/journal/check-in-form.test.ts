import { journalEventSchema } from "@limber/core/journal/events";
import { describe, expect, it } from "vitest";
import { EMPTY_CHECK_IN, findCheckInErrors, toCheckIn } from "./check-in-form";

const ID = "6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a";
const AT = "2026-11-24T08:00:00.000Z";

describe("the check-in form", () => {
  it("asks for both scales rather than assuming 0 when nothing is chosen", () => {
    const errors = findCheckInErrors(EMPTY_CHECK_IN);
    expect(errors.stiffness).toMatch(/stiffness.*0 \(none\) to 10/);
    expect(errors.pain).toMatch(/pain/);
  });

  it.each([-1, 11, 2.5])("refuses a scale value of %s", (value) => {
    expect(findCheckInErrors({ ...EMPTY_CHECK_IN, stiffness: value, pain: 0 }).stiffness).toMatch(
      /whole number/,
    );
  });

  it("accepts 0 as a real answer", () => {
    expect(findCheckInErrors({ ...EMPTY_CHECK_IN, stiffness: 0, pain: 0 })).toEqual({});
  });

  it("says how long a too-long note is and the limit", () => {
    const note = "a".repeat(2001);
    expect(findCheckInErrors({ ...EMPTY_CHECK_IN, stiffness: 1, pain: 1, note }).note).toMatch(/2001.*2000/);
  });

  it("makes an event the journal contract accepts, with symptoms once each and a trimmed note", () => {
    const result = toCheckIn(
      { stiffness: 4, pain: 2, symptoms: ["fever", "fever", "chest-pain"], note: "  after work  " },
      ID,
      AT,
    );
    expect(result).toEqual({
      ok: true,
      event: {
        type: "check-in",
        id: ID,
        at: AT,
        stiffness: 4,
        pain: 2,
        symptoms: ["fever", "chest-pain"],
        note: "after work",
      },
    });
    expect(result.ok && journalEventSchema.safeParse(result.event).success).toBe(true);
  });

  it("leaves a blank note out of the event", () => {
    const result = toCheckIn({ ...EMPTY_CHECK_IN, stiffness: 3, pain: 1, note: "   " }, ID, AT);
    expect(result.ok && "note" in result.event).toBe(false);
  });

  it("returns the errors instead of an event when the draft is incomplete", () => {
    expect(toCheckIn({ ...EMPTY_CHECK_IN, stiffness: 3 }, ID, AT)).toMatchObject({
      ok: false,
      errors: { pain: expect.any(String) },
    });
  });
});
