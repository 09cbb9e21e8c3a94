/**
 * The journal screen reads the device's record as trusted (validated when it entered the store): its first
 * load evaluates no schema library. The plan it shows is read back as stored; the plan's rules and schemas
 * load only when a plan is saved or synced, and the contract's words and limits come without its schemas.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { staticImportGraph, WEB_SRC } from "../../test-support/import-graph";

describe("the journal screen's first load", () => {
  it("imports no schema library, however deep", () => {
    const { files, zodImporters } = staticImportGraph(join(WEB_SRC, "journal/JournalRoute.tsx"));
    expect(files.size).toBeGreaterThan(20);
    expect(zodImporters).toEqual([]);
  });

  it("evaluates none of the export's code (the JSON and FHIR mapping): the keep notice loads it at the tap", () => {
    const { files } = staticImportGraph(join(WEB_SRC, "journal/JournalRoute.tsx"));
    const exports = [...files].filter((file) => /summary[\\/]ExportButtons|[\\/]fhir/.test(file));
    expect(exports).toEqual([]);
  });

  it("nor does the check-in form's scale, note limit or the session's technique list", () => {
    for (const file of ["journal/CheckInForm.tsx", "journal/ScaleField.tsx", "progress/WeekProgress.tsx"])
      expect(staticImportGraph(join(WEB_SRC, file)).zodImporters).toEqual([]);
  });
});
