/**
 * Issue 16 item 8: a migration is frozen once it has run somewhere. It holds its own literal SQL and imports
 * nothing that can change later (core's thresholds, another migration's constants), or a change there would
 * rewrite what an old migration means while the databases that ran it keep what it did.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const FOLDER = join(import.meta.dirname, "migrations");
const MIGRATIONS = readdirSync(FOLDER).filter(
  (name) => /^\d{3}-.*\.ts$/.test(name) && !name.endsWith(".test.ts"),
);
/** Kysely builds the statements; it is the only thing a migration may import. */
const FROZEN_IMPORTS = new Set(["kysely"]);

const importsOf = (text: string) =>
  [...text.matchAll(/\bfrom\s+["']([^"']+)["']/g)].map((match) => match[1] ?? "");

describe("migrations hold their own literal SQL", () => {
  it("finds the migrations", () => {
    expect(MIGRATIONS).toContain("002-owner-keys-and-journal-windows.ts");
    expect(MIGRATIONS).toContain("006-calm-check-ins-pain-or-stiffness.ts");
  });

  it.each(MIGRATIONS)("%s imports only kysely", (name) => {
    const imports = importsOf(readFileSync(join(FOLDER, name), "utf8"));
    expect(imports.filter((specifier) => !FROZEN_IMPORTS.has(specifier))).toEqual([]);
  });

  it("reads an import it must refuse", () => {
    expect(
      importsOf('import { JOURNAL_THRESHOLDS } from "@limber/core";\nimport { sql } from "kysely";'),
    ).toEqual(["@limber/core", "kysely"]);
  });
});
