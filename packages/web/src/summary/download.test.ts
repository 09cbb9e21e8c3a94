import { describe, expect, it } from "vitest";
import { exportFilename } from "./download";

describe("an export's file name", () => {
  const lateEveningInLondon = Date.parse("2026-11-24T23:30:00Z");

  it("carries the date in the journal's time zone, the day the person is living", () => {
    expect(exportFilename("record", lateEveningInLondon, "Europe/London")).toBe(
      "limber-record-2026-11-24.json",
    );
    expect(exportFilename("fhir", lateEveningInLondon, "Asia/Tokyo")).toBe("limber-fhir-2026-11-25.json");
    expect(exportFilename("record", lateEveningInLondon, "America/Los_Angeles")).toBe(
      "limber-record-2026-11-24.json",
    );
  });
});
