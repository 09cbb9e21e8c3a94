// A stand-in for src/storage/pglite-worker.mjs that fails on purpose: it opens no database, says it is ready,
// and at its first exchange dies the way its `dataDir` says: "throw" (an uncaught exception, as when
// PostgreSQL's WebAssembly aborts) or "exit" (the thread ends).
import { parentPort, workerData } from "node:worker_threads";

parentPort?.postMessage({ kind: "ready" });
parentPort?.on("message", (request) => {
  if (request.kind === "close") {
    parentPort?.postMessage({ id: request.id, kind: "closed" });
    parentPort?.close();
    return;
  }
  if (workerData.dataDir === "exit") process.exit(3);
  throw new Error("the WebAssembly aborted");
});
