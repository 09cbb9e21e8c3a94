// Runs at `npm install`: makes PGlite's template data directory once, so a fresh `limber serve` starts in
// about a second instead of waiting for initdb. Never fails the install: the first fresh start makes it too.
try {
  const { register } = await import("tsx/esm/api");
  register();
  const { pgliteTemplate, TEMPLATE_PATH } = await import("../src/storage/pglite-template.ts");
  await pgliteTemplate();
  console.log(`limber: PGlite template ready (${TEMPLATE_PATH})`);
} catch (error) {
  console.warn(`limber: could not prepare the PGlite template now (${error.message}); the first start will.`);
}
