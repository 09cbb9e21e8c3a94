// `npm start`: build the web app and the CLI bundle if they are missing or stale (scripts/app-build.mjs), then
// run `limber serve` (PGlite in ./limber-data unless DATABASE_URL is set). Extra arguments go to `limber serve`.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { buildWebApp, root, serverBundle } from "./app-build.mjs";

buildWebApp();
const args = ["serve", ...process.argv.slice(2)];
const bundled = await serverBundle();
if (bundled) {
  process.argv = [process.argv[0], bundled, ...args];
  const { main } = await import(pathToFileURL(bundled).href);
  await main();
} else {
  process.argv = [process.argv[0], join(root, "packages", "cli", "bin", "limber.js"), ...args];
  await import("../packages/cli/bin/limber.js");
}
