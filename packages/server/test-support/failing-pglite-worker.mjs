// A stand-in for src/storage/pglite-worker.mjs that fails on purpose. It opens no database; asked to open
// "throw" or "exit" it says it is open, then at its first exchange dies that way: an uncaught exception (as
// when PostgreSQL's WebAssembly aborts) or the thread ending. Asked to open "exit-at-open" it ends at once,
// as a thread that dies at every start. Asked to open anything else it refuses.
import { parentPort } from "node:worker_threads";

let failure;
parentPort?.on("message", (request) => {
  if (request.kind === "open") {
    failure = request.dataDir;
    if (failure === "exit-at-open") process.exit(4);
    if (failure === "throw" || failure === "exit") parentPort?.postMessage({ id: request.id, kind: "done" });
    else
      parentPort?.postMessage({
        id: request.id,
        kind: "error",
        error: { message: "cannot read PG_VERSION" },
      });
    return;
  }
  if (request.kind === "close") {
    parentPort?.postMessage({ id: request.id, kind: "done" });
    parentPort?.close();
    return;
  }
  if (failure === "exit") process.exit(3);
  throw new Error("the WebAssembly aborted");
});
