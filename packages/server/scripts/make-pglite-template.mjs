// Runs at `npm install`: makes PGlite's template data directory once, so a fresh `limber serve` starts in
// about a second instead of waiting for initdb. Never fails the install: the first fresh start makes it too.
try {
  const { register } = await import("tsx/esm/api");
  register();
  const { copyTemplateTo, pgliteTemplate, TEMPLATE_PATH } = await import("../src/storage/pglite-template.ts");
  await pgliteTemplate();
  // Unpacks the template beside the tarball, by copying it once into a throwaway directory.
  const { mkdtempSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const scratch = mkdtempSync(join(tmpdir(), "limber-template-"));
  await copyTemplateTo(join(scratch, "pgdata"));
  rmSync(scratch, { recursive: true, force: true });
  console.log(`limber: PGlite template ready (${TEMPLATE_PATH})`);
} catch (error) {
  console.warn(`limber: could not prepare the PGlite template now (${error.message}); the first start will.`);
}
