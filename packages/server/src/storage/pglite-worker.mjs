/**
 * The thread that owns an embedded PGlite (see pglite-thread.ts). PGlite runs PostgreSQL in WebAssembly on
 * whatever thread calls it, so on the server's own thread every query stopped every request; here it stops
 * only this thread. It takes the frontend protocol bytes of one exchange and answers with the backend's
 * bytes, once PGlite has written them to its files (syncToFs, never relaxedDurability).
 *
 * Plain JavaScript: a worker is a file Node loads itself, the same from the sources (tsx) and from the start
 * script's bundle, and Node 20 cannot load TypeScript.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { parentPort } from "node:worker_threads";

// Compiled at once, while the server makes the data directory (the copy of the template) and builds its
// routes, rather than inside PGlite.create; and begun before PGlite's JavaScript is loaded, so V8 compiles
// the WebAssembly on its background threads while this thread loads that (issue 19: start-up time).
const pgliteDist = dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite"));
const wasmModule = readFile(join(pgliteDist, "pglite.wasm")).then((bytes) => WebAssembly.compile(bytes));
wasmModule.catch(() => {}); // reported by open, which awaits it
const pgliteModule = import("@electric-sql/pglite");
pgliteModule.catch(() => {}); // likewise

// shared_buffers 16 MB rather than the 128 MB of the data directory's postgresql.conf: PostgreSQL's
// WebAssembly zeroes its shared memory (emscripten's mmap) at every start, which was the largest single
// part of opening the store, and it all stayed resident; one person's journal fits many times over.
const SHARED_BUFFERS = ["-c", "shared_buffers=16MB"];

/** @param {unknown} error */
const describe = (error) => ({
  message: error instanceof Error ? error.message : String(error),
  code: typeof error?.code === "string" ? error.code : undefined,
});

/** @type {import("@electric-sql/pglite").PGlite | undefined} */
let pglite;

/** @param {{ kind: string, dataDir?: string, loadDataDir?: Uint8Array, bytes?: Uint8Array }} request */
async function answer(request) {
  if (request.kind === "open") {
    const { PGlite } = await pgliteModule;
    pglite = await PGlite.create(request.dataDir, {
      startParams: [...PGlite.defaultStartParams, ...SHARED_BUFFERS],
      pgliteWasmModule: await wasmModule,
      ...(request.loadDataDir ? { loadDataDir: new Blob([request.loadDataDir]) } : {}),
    });
    return undefined;
  }
  if (request.kind === "close") {
    await pglite?.close();
    pglite = undefined;
    return undefined;
  }
  if (!pglite) throw new Error("PGlite is closed");
  const reply = await pglite.execProtocolRaw(request.bytes, { syncToFs: true });
  // The reply is PGlite's own copy; handing its memory over saves copying it again.
  return reply.byteOffset === 0 && reply.byteLength === reply.buffer.byteLength ? reply : reply.slice();
}

// One request at a time, in the order sent: PGlite has one session.
let queue = Promise.resolve();
parentPort?.on("message", (request) => {
  queue = queue.then(async () => {
    try {
      const bytes = await answer(request);
      if (bytes) parentPort?.postMessage({ id: request.id, kind: "reply", bytes }, [bytes.buffer]);
      else parentPort?.postMessage({ id: request.id, kind: "done" });
    } catch (error) {
      parentPort?.postMessage({ id: request.id, kind: "error", error: describe(error) });
    }
    if (request.kind === "close") parentPort?.close();
  });
});
