/**
 * A module's static import graph across the web app and the core (values only, not types; `import()` not
 * followed), to pin that a screen's first load evaluates no schema library: zod's module evaluation is a
 * long task of its own at a phone's CPU speed (bench/web/route-boot.ts profiles).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

export const WEB_SRC = join(import.meta.dirname, "../src");
const CORE_SRC = join(import.meta.dirname, "../../core/src");

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@limber/core/")
    ? join(CORE_SRC, specifier.slice("@limber/core/".length))
    : specifier.startsWith(".")
      ? join(dirname(from), specifier)
      : null;
  if (base === null) return null;
  return [".ts", ".tsx"].map((ext) => `${base}${ext}`).find((file) => existsSync(file)) ?? null;
}

/** Every file `entry` imports statically, however deep, and those among them that import zod. */
export function staticImportGraph(entry: string): { files: Set<string>; zodImporters: string[] } {
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
