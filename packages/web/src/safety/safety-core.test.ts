/**
 * The first screen's safety rules (safety-core.ts loads them) need no schema library: zod and the journal
 * contract's schemas are evaluated only when a write, an import or a sync validates something, never while
 * the home screen boots on a slow phone.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { staticImportGraph as importGraph } from "../../test-support/import-graph";

const CORE = join(import.meta.dirname, "../../../core/src");

describe("the safety rules the first screen loads", () => {
  it("import no schema library, however deep", () => {
    const source = readFileSync(join(import.meta.dirname, "safety-core.ts"), "utf8");
    const loaded = /import\("@limber\/core\/([^"]+)"\)/.exec(source)?.[1];
    expect(loaded).toBe("safety/trusted-safety-state");
    const { files, zodImporters } = importGraph(join(CORE, `${loaded}.ts`));
    expect(files.size).toBeGreaterThan(5);
    expect(zodImporters).toEqual([]);
  });

  it("would be caught importing it: the validating safety state does import zod", () => {
    expect(importGraph(join(CORE, "safety/safety-state.ts")).zodImporters.length).toBeGreaterThan(0);
  });
});
