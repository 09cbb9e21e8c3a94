// `npm start`: build the web app and the CLI bundle if they are missing or stale (scripts/app-build.mjs), then
// run `limber serve` (PGlite in ./limber-data unless DATABASE_URL is set). Extra arguments go to `limber serve`.
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { buildWebApp, root, serverBundle } from "./app-build.mjs";
import { requireWithCodeCache } from "./code-cache.mjs";

// PGlite's thread takes a while to start (a Node isolate, then PostgreSQL's WebAssembly to compile). Started
// here, it does that while the server's bundle loads; `limber serve` takes it over when it opens the store
// (packages/server/src/storage/pglite-thread.ts). Not with PostgreSQL, which needs no such thread.
if (!process.env.DATABASE_URL) {
  const key = Symbol.for("limber.pglite-worker");
  const worker = new Worker(join(root, "packages", "server", "src", "storage", "pglite-worker.mjs"));
  worker.unref();
  const forget = () => {
    if (globalThis[key] === worker) delete globalThis[key];
  };
  worker.once("error", forget); // limber serve then starts a thread of its own
  worker.once("exit", forget);
  globalThis[key] = worker;
}

buildWebApp();
const args = ["serve", ...process.argv.slice(2)];
const bundled = await serverBundle();
if (bundled) {
  process.argv = [process.argv[0], bundled, ...args];
  const { main } = requireWithCodeCache(bundled).exports;
  await main();
} else {
  process.argv = [process.argv[0], join(root, "packages", "cli", "bin", "limber.js"), ...args];
  await import("../packages/cli/bin/limber.js");
}
