import { describe, expect, it } from "vitest";
import { instant } from "../units";
import { assessSafety, type SafetyReasonCode } from "./safety-state";

const asReasonCode = (code: SafetyReasonCode) => code;

describe("a safety reason's code is one of a known few, so a screen cannot compare it with a misspelt one", () => {
  it("names 'no-screening' when nothing was screened, and a misspelt code does not type-check", () => {
    const { reasons } = assessSafety({
      latestScreening: null,
      events: [],
      acknowledgements: [],
      timeZone: "Europe/London",
      now: instant(Date.parse("2026-11-24T12:00:00Z")),
    });
    const codes = reasons.map((reason) => reason.code);
    expect(codes).toContain("no-screening");
    // @ts-expect-error: "no-screenings" is not a reason code (with `code: string` this compiled and was always false)
    expect(codes.some((code) => code === "no-screenings")).toBe(false);
    // @ts-expect-error: neither is a journal flag spelt with an underscore
    expect(asReasonCode("persistent_48h")).toBe("persistent_48h");
  });
});
