/**
 * The thread that owns an embedded PGlite (see pglite-thread.ts). PGlite runs PostgreSQL in WebAssembly on
 * whatever thread calls it, so on the server's own thread every query stopped every request; here it stops
 * only this thread. It takes the frontend protocol bytes of one exchange and answers with the backend's
 * bytes, once PGlite has written them to its files (syncToFs, never relaxedDurability).
 *
 * Plain JavaScript: a worker is a file Node loads itself, the same from the sources (tsx) and from the start
 * script's bundle, and Node 20 cannot load TypeScript.
 */
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";

/** @type {{ dataDir: string, loadDataDir?: Uint8Array }} */
const { dataDir, loadDataDir } = workerData;

/** @param {unknown} error */
const describe = (error) => ({
  message: error instanceof Error ? error.message : String(error),
  code: typeof error?.code === "string" ? error.code : undefined,
});

/** @type {PGlite | undefined} */
let pglite;
try {
  pglite = await PGlite.create(dataDir, loadDataDir ? { loadDataDir: new Blob([loadDataDir]) } : {});
  parentPort?.postMessage({ kind: "ready" });
} catch (error) {
  parentPort?.postMessage({ kind: "failed", error: describe(error) });
}

// One exchange at a time, in the order sent: PGlite has one session.
let queue = Promise.resolve();

parentPort?.on("message", (request) => {
  queue = queue.then(async () => {
    if (request.kind === "close") {
      await pglite?.close();
      parentPort?.postMessage({ id: request.id, kind: "closed" });
      parentPort?.close();
      return;
    }
    try {
      if (!pglite) throw new Error("PGlite is closed: it could not be opened");
      const reply = await pglite.execProtocolRaw(request.bytes, { syncToFs: true });
      // The reply is PGlite's own copy; handing its memory over saves copying it again.
      const owned = reply.byteOffset === 0 && reply.byteLength === reply.buffer.byteLength;
      const bytes = owned ? reply : reply.slice();
      parentPort?.postMessage({ id: request.id, kind: "reply", bytes }, [bytes.buffer]);
    } catch (error) {
      parentPort?.postMessage({ id: request.id, kind: "error", error: describe(error) });
    }
  });
});
