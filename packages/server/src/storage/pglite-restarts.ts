/**
 * Embedded PGlite that comes back after its thread dies (issue 17 item 2: recovery without a restart). It
 * offers what PGlite's node-postgres connection calls, like one PgliteThread, and passes each exchange to
 * the thread that has the data open now. When that thread ends (a crash in PostgreSQL's WebAssembly, out of
 * memory, an exit), the data is opened again on a new thread, in the background:
 * - only once the old thread has exited (`ended`), and only while the data directory's lock is still this
 *   process's: two PGlite instances on one directory corrupt it;
 * - meanwhile every exchange answers a connection failure (SQLSTATE 08006, so 503 with Retry-After) at once,
 *   never waiting for the new thread;
 * - no migration runs: the data on disk is as migrated as it was (`/readyz` checks);
 * - at most `maxRestarts` new threads within `windowMs`, after waits of `delaysMs`: a thread that dies at
 *   every start must not spin. Past the cap the store stays down (503, `/healthz` too, so a supervisor
 *   restarts the process) and says so once at error level.
 *
 * A transaction does not survive its thread: its session is gone. If the thread died while the session was
 * in a transaction, every exchange fails until the client ends that transaction, so none of its later
 * statements can run, committed one by one, in the new session.
 */
import type { messages } from "@electric-sql/pglite";
import { connectionFailureMessages, isDeferredMessage, type PgliteThread } from "./pglite-thread";

export type StoreAvailability = "open" | "reopening" | "down";

/** Where the store says what happened to its thread: reasons and counts only, never data. */
export type StoreLog = { warn(message: string): void; error(message: string): void };

export type RestartLimits = {
  readonly maxRestarts: number;
  readonly windowMs: number;
  /** The wait before the first, second... new thread within the window (the last repeats). */
  readonly delaysMs: readonly number[];
};

export const RESTART_LIMITS: RestartLimits = {
  maxRestarts: 3,
  windowMs: 10 * 60_000,
  delaysMs: [0, 1_000, 5_000],
};

export type RestartingPglite = Pick<PgliteThread, "waitReady" | "execProtocolStream" | "close"> & {
  availability(): StoreAvailability;
  /** Sends what follows to `log` (the server's logger, once it exists). */
  reportTo(log: StoreLog): void;
};

export type RestartOptions = {
  /** The thread that has the data open (or is opening it). */
  readonly first: PgliteThread;
  /** A new thread with the data open, or a rejection with that thread ended. */
  readonly reopen: () => Promise<PgliteThread>;
  /** Why the data must not be opened again (the lock is no longer ours), or undefined. */
  readonly mayReopen: () => string | undefined;
  readonly log: StoreLog;
  readonly limits?: RestartLimits;
};

const QUERY = "Q".charCodeAt(0);
const ENDS_TRANSACTION = /^\s*(rollback|abort|commit|end)\b/i;
const ABANDONS_TRANSACTION = /^\s*(rollback|abort)\b/i;

/** The SQL of a simple-protocol Query message, or undefined for any other message. */
function simpleQueryText(bytes: Uint8Array): string | undefined {
  if (bytes[0] !== QUERY) return undefined;
  return Buffer.from(bytes.buffer, bytes.byteOffset + 5, Math.max(0, bytes.byteLength - 6)).toString("utf8");
}

function isConnectionFailure(answers: messages.BackendMessage[]): boolean {
  return answers.some((m) => m.name === "error" && (m as messages.DatabaseError).code === "08006");
}

export function restartingPglite(options: RestartOptions): RestartingPglite {
  const { maxRestarts, windowMs, delaysMs } = options.limits ?? RESTART_LIMITS;
  let log = options.log;
  let current = options.first;
  let state: StoreAvailability = "open";
  let restarts: number[] = [];
  let timer: NodeJS.Timeout | undefined;
  let reopening: Promise<void> | undefined;
  let closing: Promise<void> | undefined;
  // The session's transaction status from the last real ReadyForQuery: "I" idle, "T" or "E" in one.
  let transactionStatus = "I";
  let transactionLost = false;
  // The thread a Parse/Bind/Describe/Execute went to, which must also take its Sync (undefined: dropped).
  let batch: { thread: PgliteThread | undefined } | undefined;

  const failure = (reason: string) => connectionFailureMessages(reason);
  const downReason = () =>
    state === "down"
      ? "the PGlite thread could not be kept running; restart the server"
      : "the PGlite thread stopped; the data is being opened again";

  function watch(thread: PgliteThread): void {
    void thread.ended.then((reason) => {
      if (thread !== current || closing) return;
      if (transactionStatus !== "I") transactionLost = true;
      transactionStatus = "I";
      log.warn(`the PGlite thread stopped (${reason}); opening the data again on a new thread`);
      scheduleReopen(reason);
    });
  }

  function giveUp(reason: string): void {
    state = "down";
    log.error(`the PGlite store is down until the server is restarted: ${reason}`);
  }

  function scheduleReopen(reason: string): void {
    const now = Date.now();
    restarts = restarts.filter((at) => now - at < windowMs);
    if (restarts.length >= maxRestarts) {
      giveUp(
        `its thread stopped after ${restarts.length} restarts within ${windowMs / 1000} s (last: ${reason})`,
      );
      return;
    }
    state = "reopening";
    const delay = delaysMs[Math.min(restarts.length, delaysMs.length - 1)] ?? 0;
    restarts.push(now);
    timer = setTimeout(() => {
      timer = undefined;
      reopening = reopenNow().finally(() => {
        reopening = undefined;
      });
    }, delay);
    timer.unref();
  }

  async function reopenNow(): Promise<void> {
    const refusal = options.mayReopen();
    if (refusal) {
      giveUp(refusal);
      return;
    }
    let thread: PgliteThread;
    try {
      thread = await options.reopen();
    } catch (error) {
      if (!closing) scheduleReopen(`could not open: ${(error as Error).name}`);
      return;
    }
    if (closing) {
      await thread.close();
      return;
    }
    current = thread;
    state = "open";
    log.warn(`the PGlite store is open again on a new thread (restart ${restarts.length} of ${maxRestarts})`);
    watch(thread);
  }

  watch(current);

  return {
    waitReady: options.first.waitReady,
    availability: () => state,
    reportTo(next) {
      log = next;
    },
    async execProtocolStream(bytes, exchange) {
      const deferred = isDeferredMessage(bytes);
      if (transactionLost) {
        batch = undefined;
        const text = simpleQueryText(bytes);
        if (text === undefined || !ENDS_TRANSACTION.test(text)) {
          return deferred ? [] : failure("the transaction was lost with the PGlite thread that held it");
        }
        transactionLost = false;
        // A COMMIT must not be answered as done: what it would have committed is gone.
        if (!ABANDONS_TRANSACTION.test(text))
          return failure("the transaction was lost with the PGlite thread");
      }
      const route = batch ?? { thread: state === "open" ? current : undefined };
      batch = deferred ? route : undefined;
      if (!route.thread) return deferred ? [] : failure(downReason());
      const answers = await route.thread.execProtocolStream(bytes, exchange);
      if (!isConnectionFailure(answers)) {
        for (const answer of answers) {
          if (answer.name === "readyForQuery")
            transactionStatus = (answer as messages.ReadyForQueryMessage).status;
        }
      }
      return answers;
    },
    close() {
      closing ??= (async () => {
        if (timer) clearTimeout(timer);
        await reopening;
        await current.close();
      })();
      return closing;
    },
  };
}
