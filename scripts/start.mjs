// `npm start`: build the web app and the CLI bundle if they are missing or stale (scripts/app-build.mjs), then
// run `limber serve` (PGlite in ./limber-data unless DATABASE_URL is set). Extra arguments go to `limber serve`.
import { join } from "node:path";
import { buildWebApp, root, serverBundle } from "./app-build.mjs";
import { requireWithCodeCache } from "./code-cache.mjs";

const serveArgs = process.argv.slice(2);
const bundled = await serverBundle();
// Opening PGlite takes longer than anything else in a start, and loading the server's bundle the next
// longest: the first, small bundle takes the data directory's lock and has PGlite's thread open existing
// data meanwhile; `limber serve` takes both over (packages/server/src/storage/pglite-prestart.ts).
if (bundled) {
  try {
    await requireWithCodeCache(bundled.prestart).exports.prestartServe(serveArgs, process.env);
  } catch (error) {
    // Only time is lost: `limber serve` opens the store itself, and says what is wrong if it cannot.
    console.error(`limber: the store is opened after the server has loaded (${error.message})`);
  }
}
buildWebApp();
const args = ["serve", ...serveArgs];
if (bundled) {
  process.argv = [process.argv[0], bundled.main, ...args];
  const { main } = requireWithCodeCache(bundled.main).exports;
  await main();
} else {
  process.argv = [process.argv[0], join(root, "packages", "cli", "bin", "limber.js"), ...args];
  await import("../packages/cli/bin/limber.js");
}
