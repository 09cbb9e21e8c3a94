/**
 * PGlite's own initdb takes several seconds. A fresh data directory instead starts from a template made
 * once (at install, or at the first fresh start): an initialised, empty data directory, kept both as a
 * tarball (loaded into in-memory databases) and unpacked (copied file by file, the cheapest way to a new
 * on-disk directory).
 */

import { createHash } from "node:crypto";
import {
  constants,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { SERVER_PACKAGE_ROOT } from "../config/package-root";
import { migrate } from "./migrate";
import { MIGRATIONS } from "./migrations";
import { pgliteDatabase } from "./pglite-database";
import { openPgliteThread } from "./pglite-thread";

// The package does not export its package.json; read it beside its entry point (dist/index.*).
const pgliteEntry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
const pgliteVersion: string = JSON.parse(
  readFileSync(join(dirname(pgliteEntry), "..", "package.json"), "utf8"),
).version;
const TEMPLATE_DIR = join(SERVER_PACKAGE_ROOT, ".pglite-template");

/** The template is tied to the PGlite version that made it: another version may not read it. */
export const TEMPLATE_PATH = join(TEMPLATE_DIR, `pglite-${pgliteVersion}.tar.gz`);
// The unpacked template also has every migration known at the time applied; a later migration is simply
// applied at start. Named by its migrations, so adding one makes a new template rather than a stale one.
const TEMPLATE_DATA_DIR = join(
  TEMPLATE_DIR,
  `pglite-${pgliteVersion}-${createHash("sha256").update(Object.keys(MIGRATIONS).join()).digest("hex").slice(0, 8)}`,
);

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

/** The unpacked template data directory, made from the tarball if it does not exist yet. */
async function templateDataDirectory(): Promise<string> {
  if (existsSync(join(TEMPLATE_DATA_DIR, "PG_VERSION"))) return TEMPLATE_DATA_DIR;
  const partial = `${TEMPLATE_DATA_DIR}.${process.pid}.tmp`;
  const thread = await openPgliteThread({ dataDir: partial, loadDataDir: await pgliteTemplate() });
  const database = pgliteDatabase(thread, partial, () => {});
  await migrate(database);
  await database.close();
  try {
    renameSync(partial, TEMPLATE_DATA_DIR);
  } catch {
    rmSync(partial, { recursive: true, force: true }); // another process finished first
  }
  return TEMPLATE_DATA_DIR;
}

/**
 * Fills `pgdata` with a fresh, initialised PGlite data directory. The copy goes to a sibling folder that is
 * renamed into place only when complete, so a start killed mid-copy never leaves a `pgdata` that looks
 * made (it has PG_VERSION) but cannot open.
 */
export async function copyTemplateTo(pgdata: string): Promise<void> {
  const partial = `${pgdata}.partial`;
  rmSync(partial, { recursive: true, force: true }); // left by an earlier interrupted start
  // FICLONE: a copy-on-write clone where the file system supports it, a plain copy elsewhere.
  cpSync(await templateDataDirectory(), partial, { recursive: true, mode: constants.COPYFILE_FICLONE });
  renameSync(partial, pgdata);
}
