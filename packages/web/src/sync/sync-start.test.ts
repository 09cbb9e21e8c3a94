/**
 * Sync starts on every screen once the first one has settled. For a device with no account it only asks the
 * server who is signed in and sends nothing, so its code must bring no schema library. The plan store's rules,
 * which validate with zod, are loaded only when a signed-in device syncs its plan.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { staticImportGraph, WEB_SRC } from "../../test-support/import-graph";

describe("the code sync starts with", () => {
  it("imports no schema library, however deep", () => {
    const { files, zodImporters } = staticImportGraph(join(WEB_SRC, "sync/sync.ts"));
    expect(files.size).toBeGreaterThan(10);
    expect(zodImporters).toEqual([]);
  });

  it("loads the plan store only when a signed-in device syncs its plan", () => {
    const source = readFileSync(join(WEB_SRC, "sync/sync.ts"), "utf8");
    expect(source).toMatch(/await import\("\.\.\/plan\/plan"\)/);
  });

  it("would be caught importing it: the validating safety state does import zod", () => {
    expect(
      staticImportGraph(join(WEB_SRC, "../../core/src/safety/safety-state.ts")).zodImporters.length,
    ).toBeGreaterThan(0);
  });
});
