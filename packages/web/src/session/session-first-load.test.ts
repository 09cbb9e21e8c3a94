/**
 * The session screen (#/session/:technique) reads the device's record as trusted (validated when it entered
 * the store): its first load evaluates no schema library. The engine's gate decides on the same safety state
 * the screen shows (core's trusted gate); the journal contract that validates the session's outcome loads by
 * `import()` when it is written, never with the screen's code.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { staticImportGraph, WEB_SRC } from "../../test-support/import-graph";

describe("the session screen's first load", () => {
  it("imports no schema library, however deep", () => {
    const { files, zodImporters } = staticImportGraph(join(WEB_SRC, "session/SessionRoute.tsx"));
    expect(files.size).toBeGreaterThan(40);
    expect(zodImporters).toEqual([]);
  });

  it("nor does the engine the reminder starts, nor the core's trusted gate", () => {
    for (const file of [
      "session/Reminder.tsx",
      "../../core/src/session/machine.ts",
      "../../core/src/session/trusted-gate.ts",
    ])
      expect(staticImportGraph(join(WEB_SRC, file)).zodImporters).toEqual([]);
  });

  it("would be caught importing it: the validating gate (for any caller) does import zod", () => {
    expect(
      staticImportGraph(join(WEB_SRC, "../../core/src/session/gate.ts")).zodImporters.length,
    ).toBeGreaterThan(0);
  });
});
