/**
 * The sync loop: while someone is signed in, send the outbox whenever it grows, when the browser comes
 * back online, on load, and after a backoff when a send fails. Only one drain runs at a time (across
 * tabs too, where the browser has Web Locks), so entries go out in order.
 */
import type { Clock } from "@limber/core/clock";
import { effect, signal } from "@preact/signals";
import type { Fetch } from "../account/server-api";
import type { Account } from "../account/session";
import { browserClock } from "../app/clock";
import type { RecordStore } from "../storage/record-store";
import { retryWaitMs } from "./backoff";
import { deliver } from "./delivery";
import {
  type DrainResult,
  dismissProblem,
  drainOutbox,
  pendingEntries,
  readProblems,
  type SyncProblem,
} from "./outbox";
import { pullDeletions, pullEvents, pullSafetyFacts } from "./pull";

export type SyncState = {
  /**
   * off: no account; syncing; synced: nothing waiting; waiting: will retry; signed-out: session ended;
   * other-account: this device's record was synced with a different account, so it is not sent.
   */
  readonly status: "off" | "syncing" | "synced" | "waiting" | "signed-out" | "other-account";
  readonly pending: number;
  readonly problems: readonly SyncProblem[];
  readonly lastSyncedAt: number | null;
  readonly retryAt: number | null;
  readonly message: string | null;
};

type Timers = { set: (run: () => void, ms: number) => unknown; clear: (handle: unknown) => void };

export type SyncOptions = {
  readonly store: RecordStore;
  readonly account: Account;
  readonly fetch?: Fetch;
  /** The browser's clock unless a test gives one (its calendar reading dates retries and the last sync). */
  readonly clock?: Clock;
  readonly random?: () => number;
  readonly timers?: Timers;
};

const RECORD_OWNER_KEY = "record-owner";

const browserTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

function exclusively<T>(run: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? (locks.request("limber-sync", run) as Promise<T>) : run();
}

export function createSyncEngine(options: SyncOptions) {
  const { store, account } = options;
  const clock = options.clock ?? browserClock;
  const timers = options.timers ?? browserTimers;
  const state = signal<SyncState>({
    status: "off",
    pending: 0,
    problems: [],
    lastSyncedAt: null,
    retryAt: null,
    message: null,
  });
  let running: Promise<void> | null = null;
  let again = false;
  let retryTimer: unknown = null;

  const patch = (next: Partial<SyncState>) => {
    state.value = { ...state.value, ...next };
  };

  async function refreshCounts() {
    patch({ pending: (await pendingEntries(store.db)).length, problems: await readProblems(store.db) });
  }

  /**
   * The device's record belongs to the first account it syncs with. Another account signing in on this
   * device must not receive (or mix in) that person's health record.
   */
  async function ownedBySignedInUser(): Promise<boolean> {
    const state = account.state.value;
    if (state.status !== "signed-in") return false;
    // Claimed through the store, in turn with its other writes, so the app's other tabs hear of it.
    if ((await store.claimMeta(RECORD_OWNER_KEY, state.user.id)) === state.user.id) return true;
    patch({
      status: "other-account",
      retryAt: null,
      message:
        "This device holds the record of a different account, so it is not synced with yours. Erase this device's copy to sync with your account here.",
    });
    return false;
  }

  async function once(): Promise<void> {
    if (retryTimer !== null) timers.clear(retryTimer);
    retryTimer = null;
    if (account.state.value.status !== "signed-in") {
      patch({ status: "off", retryAt: null });
      await refreshCounts();
      return;
    }
    if (!(await ownedBySignedInUser())) {
      await refreshCounts();
      return;
    }
    patch({ status: "syncing", message: null });
    const result: DrainResult = await exclusively(async () => {
      // A held stop for pain goes out now (coming online runs this too), not at the next load.
      for (const event of await store.flushHeld()) await deliver({ op: "put", event }, options.fetch);
      return drainOutbox(store.db, (op) => deliver(op, options.fetch));
    });
    if (result.status === "signed-out") {
      await account.sessionEnded();
      patch({
        status: "signed-out",
        retryAt: null,
        message: "Your session has ended; sign in again to sync.",
      });
    } else if (result.status === "retry") {
      const wait = retryWaitMs(result.attempts, result.problem.retryAfterSeconds, options.random);
      retryTimer = timers.set(() => void syncNow(), wait);
      patch({ status: "waiting", retryAt: clock.wallNow() + wait, message: result.problem.message });
    } else {
      patch({ status: "synced", lastSyncedAt: clock.wallNow(), retryAt: null });
    }
    await refreshCounts();
  }

  /** Sends what is waiting; a call during a drain makes it run once more afterwards, never twice at once. */
  function syncNow(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await once();
      } while (again);
    })().finally(() => {
      running = null;
    });
    return running;
  }

  /**
   * After signing in (and on load): send this device's changes, then bring in the journal events other
   * devices added, merged by id, and remove the ones other devices deleted (the server's tombstones). Screenings are not brought in: the server dates a screening when it
   * receives it, so one answered offline and sent later would look newer than it is, and could make this
   * device's session gate accept a stale screening or one older than a stop for pain. Each device screens
   * for itself (a screening is only valid for 24 hours anyway).
   */
  async function pullAll(): Promise<
    { ok: true; added: number; removed: number } | { ok: false; message: string }
  > {
    await syncNow();
    if (!(await ownedBySignedInUser())) return { ok: false, message: state.value.message ?? "Not synced." };
    const events = await pullEvents(options.fetch);
    if (!events.ok) return { ok: false, message: events.problem.message };
    // Tombstones are read after the events, so an event deleted while they were read is removed too.
    const deletions = await pullDeletions(options.fetch);
    if (!deletions.ok) return { ok: false, message: deletions.problem.message };
    // Acknowledgements made on other devices count here too (the safety state reads them).
    const facts = await pullSafetyFacts(options.fetch);
    if (!facts.ok) return { ok: false, message: facts.problem.message };
    const added = await store.mergeEvents(events.value);
    const removed = await store.applyDeletions(deletions.value.map((deletion) => deletion.id));
    await store.mergeAcknowledgements(facts.value.acknowledgements);
    return { ok: true, added, removed };
  }

  async function dismiss(key: string): Promise<void> {
    await dismissProblem(store.db, key);
    await refreshCounts();
  }

  /** Starts listening; returns a function that stops. */
  function start(): () => void {
    const online = () => void syncNow();
    globalThis.addEventListener?.("online", online);
    // Runs now, and again whenever something is queued or the person signs in or out.
    const stopWatching = effect(() => {
      void store.outboxVersion.value;
      void account.state.value;
      void syncNow();
    });
    return () => {
      globalThis.removeEventListener?.("online", online);
      stopWatching();
      if (retryTimer !== null) timers.clear(retryTimer);
    };
  }

  return { state, syncNow, pullAll, dismiss, start };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
