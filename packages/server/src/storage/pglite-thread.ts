/**
 * Embedded PGlite on a thread of its own (pglite-worker.mjs), so a query no longer stops the event loop:
 * while PGlite works, the server goes on answering other requests (issue 19). `PgliteThread` offers what
 * PGlite's node-postgres connection (`createPgConfig`) calls, `waitReady` and `execProtocolStream`, so the
 * one query path (Kysely over pg.Pool) stays as it was; the bytes cross to the worker and the reply is
 * parsed here with PGlite's own protocol parser.
 *
 * If the worker stops (a crash in PostgreSQL's WebAssembly, out of memory), every exchange in flight and
 * every later one fails with `PgliteStoppedError`, a connection failure the outage classifier answers 503;
 * pglite-restarts.ts then opens the data again on a new thread.
 */
import { Worker } from "node:worker_threads";
import { type messages, protocol } from "@electric-sql/pglite";
import { prestartedWorker, WORKER_PATH } from "./pglite-worker-start";

/** Why the thread stopped: a JavaScript error, so a query can never be answered by a thread that is gone. */
export class PgliteStoppedError extends Error {
  override readonly name = "PgliteStoppedError";
}

type WorkerError = { message: string; code?: string };
type Reply =
  | { id: number; kind: "reply"; bytes: Uint8Array }
  | { id: number; kind: "error"; error: WorkerError }
  | { id: number; kind: "done" };
type Pending = { resolve(bytes: Uint8Array | undefined): void; reject(error: Error): void };

export type PgliteData = {
  /** A directory, or "memory://" for a throwaway database. */
  readonly dataDir: string;
  /** A data directory tarball to start from (PGlite's `loadDataDir`). */
  readonly loadDataDir?: Blob;
};

export type PgliteThread = {
  /**
   * Opens PGlite on `data`; resolves once it is ready, rejects with the reason it could not. Call once. The
   * thread starts loading PostgreSQL's WebAssembly as soon as it exists, so starting it before the data
   * directory is made (the copy of the template) lets the two overlap.
   */
  open(data: PgliteData): Promise<void>;
  /** For PGlite's node-postgres connection: settles once `open` has, never rejecting (a failed open is
   * answered to each query instead). */
  readonly waitReady: Promise<void>;
  /** One exchange of the frontend/backend protocol, answered once PGlite has written it to disk. */
  execProtocolStream(
    bytes: Uint8Array,
    options?: { throwOnError?: boolean },
  ): Promise<messages.BackendMessage[]>;
  /** Closes PGlite and ends the worker; resolves once the thread has exited. */
  close(): Promise<void>;
  /**
   * Resolves once the thread has exited, however it ended, with why in words safe to log (an exit code and
   * the kind of an uncaught error, never its message, which could quote a query).
   */
  readonly ended: Promise<string>;
};

function errorFrom({ message, code }: WorkerError): Error {
  return Object.assign(new Error(message), code === undefined ? {} : { code });
}

/** One protocol message: its type letter, its length, its body. */
function backendMessage(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.write(type, 0, "latin1");
  head.writeInt32BE(body.byteLength + 4, 1);
  return Buffer.concat([head, body]);
}

/**
 * What the backend would say if its connection broke: an ErrorResponse with SQLSTATE 08006
 * (connection_failure, which isDatabaseOutage answers with 503), then ReadyForQuery. Answered as a reply
 * rather than thrown, because PGlite's node-postgres connection turns a thrown error into an 'error' event
 * that can escape as an unhandled rejection; this way the query fails and the next one is tried again.
 */
export function connectionFailureReply(reason: string): Uint8Array {
  const field = (key: string, value: string) => Buffer.from(`${key}${value}\0`, "utf8");
  const error = Buffer.concat([
    field("S", "FATAL"),
    field("V", "FATAL"),
    field("C", "08006"),
    field("M", reason),
    Buffer.from([0]),
  ]);
  return Buffer.concat([backendMessage("E", error), backendMessage("Z", Buffer.from("I", "latin1"))]);
}

/** The messages of a connection failure (see connectionFailureReply), as the connection reads them. */
export function connectionFailureMessages(reason: string): messages.BackendMessage[] {
  const answers: messages.BackendMessage[] = [];
  new protocol.Parser().parse(connectionFailureReply(reason), (message) => answers.push(message));
  return answers;
}

/**
 * Extended-protocol messages the backend answers only at the next Sync or Flush (Parse, Bind, Describe,
 * Execute, Close): sent together with it, so one query crosses to the worker once rather than five times.
 */
export function isDeferredMessage(bytes: Uint8Array): boolean {
  return DEFERRED.has(bytes[0] ?? 0);
}
const DEFERRED = new Set(["P", "B", "D", "E", "C"].map((letter) => letter.charCodeAt(0)));

/** Starts the thread; `workerPath` is for tests, whose stand-in makes it fail on purpose. */
export function startPgliteThread(workerPath?: string): PgliteThread {
  const worker =
    (workerPath === undefined ? prestartedWorker() : undefined) ?? new Worker(workerPath ?? WORKER_PATH);
  const pending = new Map<number, Pending>();
  let closing: Promise<void> | undefined;
  let nextId = 0;
  let stopped: Error | undefined;
  let openFailure: Error | undefined;
  let deferred: Uint8Array[] = [];
  const parser = new protocol.Parser();

  // The worker keeps the process alive only while it has work: an open, idle store must not (as PGlite on
  // the main thread never did), but a process awaiting a query must not exit under it.
  worker.unref();
  const settle = (id: number) => {
    const entry = pending.get(id);
    pending.delete(id);
    if (pending.size === 0 && !closing) worker.unref();
    return entry;
  };
  const request = (message: object, transfer: ArrayBuffer[] = []): Promise<Uint8Array | undefined> => {
    if (stopped) return Promise.reject(stopped);
    const id = nextId++;
    if (pending.size === 0) worker.ref();
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...message, id }, transfer);
    });
  };

  worker.on("message", (reply: Reply) => {
    const entry = settle(reply.id);
    if (reply.kind === "reply") entry?.resolve(reply.bytes);
    else if (reply.kind === "error") entry?.reject(errorFrom(reply.error));
    else entry?.resolve(undefined);
  });
  const stop = (reason: string) => {
    stopped ??= new PgliteStoppedError(`the PGlite thread stopped (${reason})`);
    for (const id of [...pending.keys()]) settle(id)?.reject(stopped);
  };
  let uncaught: string | undefined;
  worker.on("error", (error) => {
    uncaught ??= error.name;
    stop(error.message);
  });
  const ended = new Promise<string>((resolve) => {
    worker.on("exit", (code) => {
      stop(`exit code ${code}`);
      resolve(uncaught ? `an uncaught ${uncaught}, exit code ${code}` : `exit code ${code}`);
    });
  });

  let opened: Promise<void> | undefined;
  let markOpened: () => void = () => {};
  const waitReady = new Promise<void>((resolve) => {
    markOpened = resolve;
  });

  return {
    open(data) {
      opened ??= (async () => {
        try {
          const tarball = data.loadDataDir && new Uint8Array(await data.loadDataDir.arrayBuffer());
          const message = { kind: "open", dataDir: data.dataDir, loadDataDir: tarball };
          await request(message, tarball ? [tarball.buffer] : []);
        } catch (error) {
          openFailure = new Error(`PGlite could not open ${data.dataDir}: ${(error as Error).message}`);
          throw openFailure;
        } finally {
          markOpened();
        }
      })();
      return opened;
    },
    waitReady,
    async execProtocolStream(bytes) {
      if (openFailure) return parsed(connectionFailureReply(openFailure.message));
      if (isDeferredMessage(bytes)) {
        deferred.push(bytes);
        return [];
      }
      // Always a copy: the serializer may reuse its buffer, and the copy's memory is handed to the worker.
      const parts = [...deferred, bytes];
      deferred = [];
      const out = new Uint8Array(parts.reduce((length, part) => length + part.byteLength, 0));
      let offset = 0;
      for (const part of parts) {
        out.set(part, offset);
        offset += part.byteLength;
      }
      try {
        return parsed(await request({ kind: "exec", bytes: out }, [out.buffer]));
      } catch (error) {
        return parsed(connectionFailureReply((error as Error).message));
      }
    },
    close() {
      closing ??= (async () => {
        worker.ref(); // until it has exited: the data directory's lock is released only then
        if (!stopped) await request({ kind: "close" }).catch(() => {});
        await ended;
      })();
      return closing;
    },
    ended,
  };

  function parsed(reply: Uint8Array | undefined): messages.BackendMessage[] {
    const answers: messages.BackendMessage[] = [];
    if (reply) parser.parse(reply, (message) => answers.push(message));
    return answers;
  }
}

/**
 * Opens PGlite on its own thread and waits until it is ready; rejects, with the thread ended, if it cannot.
 * `workerPath` is for tests, as for startPgliteThread.
 */
export async function openPgliteThread(data: PgliteData, workerPath?: string): Promise<PgliteThread> {
  const thread = startPgliteThread(workerPath);
  try {
    await thread.open(data);
    return thread;
  } catch (error) {
    await thread.close();
    throw error;
  }
}
