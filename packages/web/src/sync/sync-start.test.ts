/**
 * Sync starts on every screen once the first one has settled. For a device with no account it only asks the
 * server who is signed in and sends nothing, so its code must bring no schema library: evaluating zod and the
 * plan's schemas took a long task of its own at a phone's CPU speed (bench/web/route-boot.ts profiles).
 * The plan store, which validates with zod, is loaded only when a signed-in device syncs its plan.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";

const WEB = join(import.meta.dirname, "..");
const CORE = join(import.meta.dirname, "../../../core/src");

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@limber/core/")
    ? join(CORE, specifier.slice("@limber/core/".length))
    : specifier.startsWith(".")
      ? join(dirname(from), specifier)
      : null;
  if (base === null) return null;
  return [".ts", ".tsx"].map((ext) => `${base}${ext}`).find((file) => existsSync(file)) ?? null;
}

/** Every file a module imports statically (values only, not types), however deep, and those that import zod. */
function staticImportGraph(entry: string): { files: Set<string>; zodImporters: string[] } {
  const files = new Set<string>();
  const zodImporters: string[] = [];
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, "utf8");
    for (const [, specifier] of source.matchAll(/^(?:import|export) (?!type )[^;]*? from "([^"]+)";/gms)) {
      if (specifier === undefined) continue;
      if (specifier === "zod" || specifier.startsWith("zod/")) zodImporters.push(file);
      const next = resolve(file, specifier);
      if (next) visit(next);
    }
  };
  visit(entry);
  return { files, zodImporters };
}

describe("the code sync starts with", () => {
  it("imports no schema library, however deep", () => {
    const { files, zodImporters } = staticImportGraph(join(WEB, "sync/sync.ts"));
    expect(files.size).toBeGreaterThan(10);
    expect(zodImporters).toEqual([]);
  });

  it("loads the plan store only when a signed-in device syncs its plan", () => {
    const source = readFileSync(join(WEB, "sync/sync.ts"), "utf8");
    expect(source).toMatch(/await import\("\.\.\/plan\/plan"\)/);
  });

  it("would be caught importing it: the plan store does import zod", () => {
    expect(staticImportGraph(join(WEB, "plan/plan.ts")).zodImporters.length).toBeGreaterThan(0);
  });
});
