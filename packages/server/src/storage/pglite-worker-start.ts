/**
 * Spawning PGlite's worker (pglite-worker.mjs), apart from pglite-thread.ts so that `npm start` can spawn it
 * before anything has loaded PGlite's JavaScript on the server's thread (pglite-prestart.ts).
 */
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { SERVER_PACKAGE_ROOT } from "../config/package-root";

// Beside this file in the sources; found through the package root, since the start script bundles this file.
export const WORKER_PATH = join(SERVER_PACKAGE_ROOT, "src", "storage", "pglite-worker.mjs");

const PRESTARTED = Symbol.for("limber.pglite-worker");
const holder = globalThis as { [PRESTARTED]?: Worker };

/**
 * Starts the worker the next startPgliteThread takes over, so it loads PostgreSQL's WebAssembly meanwhile:
 * `npm start` does so before it loads the server; tests, to hold the worker.
 */
export function prestartPgliteWorker(worker: Worker = new Worker(WORKER_PATH)): void {
  worker.unref();
  const forget = () => {
    if (holder[PRESTARTED] === worker) delete holder[PRESTARTED];
  };
  worker.once("error", forget); // startPgliteThread then starts a worker of its own
  worker.once("exit", forget);
  holder[PRESTARTED] = worker;
}

/** The worker prestartPgliteWorker started, taken at most once. */
export function prestartedWorker(): Worker | undefined {
  const worker = holder[PRESTARTED];
  delete holder[PRESTARTED];
  return worker;
}
