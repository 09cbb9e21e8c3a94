/**
 * PGlite's own initdb takes several seconds. A fresh data directory instead starts from a template: an
 * initialised, empty data directory dumped once as a tarball (at install, or at the first fresh start).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";

// The package does not export its package.json; read it beside its entry point (dist/index.*).
const pgliteEntry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
const pgliteVersion: string = JSON.parse(
  readFileSync(join(dirname(pgliteEntry), "..", "package.json"), "utf8"),
).version;
const TEMPLATE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", ".pglite-template");

/** The template is tied to the PGlite version that made it: another version may not read it. */
export const TEMPLATE_PATH = join(TEMPLATE_DIR, `pglite-${pgliteVersion}.tar.gz`);

function readTemplate(): Blob | undefined {
  try {
    return new Blob([readFileSync(TEMPLATE_PATH)]);
  } catch {
    return undefined;
  }
}

/** The template tarball, made now (an in-memory initdb) if it does not exist yet. */
export async function pgliteTemplate(): Promise<Blob> {
  const existing = readTemplate();
  if (existing) return existing;
  const pglite = await PGlite.create("memory://");
  const dump = await pglite.dumpDataDir("gzip");
  await pglite.close();
  const bytes = Buffer.from(await dump.arrayBuffer());
  mkdirSync(TEMPLATE_DIR, { recursive: true });
  // Written aside then renamed, so a concurrent reader never sees half a tarball.
  const partial = `${TEMPLATE_PATH}.${process.pid}.tmp`;
  writeFileSync(partial, bytes);
  renameSync(partial, TEMPLATE_PATH);
  return new Blob([bytes]);
}
