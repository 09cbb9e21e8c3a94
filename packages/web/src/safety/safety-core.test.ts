/**
 * The first screen's safety rules (safety-core.ts loads them) need no schema library: zod and the journal
 * contract's schemas are evaluated only when a write, an import or a sync validates something, never while
 * the home screen boots on a slow phone.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";

const CORE = join(import.meta.dirname, "../../../core/src");

/** Every core file a module imports (values only, not types), however deep, and those that import zod. */
function importGraph(entry: string): { files: Set<string>; zodImporters: string[] } {
  const files = new Set<string>();
  const zodImporters: string[] = [];
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, "utf8");
    for (const [, specifier] of source.matchAll(/^(?:import|export) (?!type )[^;]*? from "([^"]+)";/gms)) {
      if (specifier === undefined) continue;
      if (specifier === "zod" || specifier.startsWith("zod/")) zodImporters.push(file);
      else if (specifier.startsWith(".")) visit(join(dirname(file), `${specifier}.ts`));
    }
  };
  visit(entry);
  return { files, zodImporters };
}

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
