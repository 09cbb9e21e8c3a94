import { describe, expect, it } from "vitest";
import { isStorableInstant } from "./storable-instant";

describe("a storable instant", () => {
  it.each([
    "2026-11-20T08:30:00Z",
    "2026-11-20T08:30:00.123456Z",
    "2026-11-20T08:30:00+14:00",
    "2026-11-20T08:30:00-12:00",
    "0001-01-01T00:00:00Z",
    "9999-12-31T23:59:59Z",
  ])("accepts %s", (value) => {
    expect(isStorableInstant(value)).toBe(true);
  });

  it.each([
    ["year 0", "0000-01-01T00:00:00Z"],
    ["an offset past +14:00", "2026-11-20T08:30:00+23:59"],
    ["an offset past -12:00", "2026-11-20T08:30:00-12:30"],
    ["no offset", "2026-11-20T08:30:00"],
    ["a bare year", "1"],
    ["an impossible month", "2026-13-01T00:00:00Z"],
  ])("refuses %s", (_label, value) => {
    expect(isStorableInstant(value)).toBe(false);
  });
});
