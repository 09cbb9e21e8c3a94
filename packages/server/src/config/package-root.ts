/**
 * The @limber/server package directory, found by walking up from this module. The same code runs from
 * its sources (tsx) and from the start script's single-file bundle, so paths are never counted in "..".
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

function findPackageRoot(start: string): string {
  for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "@limber/server")
      return dir;
  }
  throw new Error(`cannot find the @limber/server package above ${start}`);
}

export const SERVER_PACKAGE_ROOT = findPackageRoot(import.meta.dirname);
