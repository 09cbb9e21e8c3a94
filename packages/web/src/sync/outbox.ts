/**
 * Draining the outbox in order, one entry at a time. An entry leaves the outbox only once the server has
 * answered for it; a failure stops the drain so later changes never overtake earlier ones.
 */

import type { ApiProblem } from "../account/server-api";
import type { RecordDb } from "../storage/record-db";
import type { Delivery } from "./delivery";
import type { OutboxEntry, OutboxOp } from "./outbox-entry";

/** A change the server refused, kept so the person can see what did not sync and why. */
export type SyncProblem = { readonly key: string; readonly entry: OutboxEntry; readonly problem: ApiProblem };

export type DrainResult =
  | { readonly status: "done"; readonly sent: number }
  | {
      readonly status: "retry";
      readonly sent: number;
      readonly attempts: number;
      readonly problem: ApiProblem;
    }
  | { readonly status: "signed-out"; readonly sent: number };

export async function pendingEntries(db: RecordDb): Promise<OutboxEntry[]> {
  return (await db.readAll("outbox")) as OutboxEntry[];
}

export async function drainOutbox(
  db: RecordDb,
  send: (op: OutboxOp) => Promise<Delivery>,
): Promise<DrainResult> {
  let sent = 0;
  for (;;) {
    // Read again each time: the person may add entries while we are sending.
    const [entry] = await pendingEntries(db);
    if (!entry) return { status: "done", sent };
    const delivery = await send(entry);
    switch (delivery.kind) {
      case "done":
        await db.write([{ op: "delete", table: "outbox", key: entry.key }]);
        sent += 1;
        break;
      case "rejected": {
        const problem: SyncProblem = { key: entry.key, entry, problem: delivery.problem };
        await db.write([
          { op: "delete", table: "outbox", key: entry.key },
          { op: "put", table: "problems", key: entry.key, value: problem },
        ]);
        break;
      }
      case "retry": {
        const attempts = entry.attempts + 1;
        // An update, not a put: the entry may have been removed while it was out (the device's copy erased,
        // or the event deleted on another device), and a put would bring it back to be sent later.
        await db.write([{ op: "update", table: "outbox", key: entry.key, value: { ...entry, attempts } }]);
        return { status: "retry", sent, attempts, problem: delivery.problem };
      }
      case "signed-out":
        return { status: "signed-out", sent };
    }
  }
}

export async function readProblems(db: RecordDb): Promise<SyncProblem[]> {
  return (await db.readAll("problems")) as SyncProblem[];
}

export async function dismissProblem(db: RecordDb, key: string): Promise<void> {
  await db.write([{ op: "delete", table: "problems", key }]);
}
