/** What sync is doing, in words: how much is waiting, when it last succeeded, and anything refused. */
import type { SyncEngine } from "../sync/sync-engine";

const when = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

const SUBJECT: Record<string, string> = {
  put: "A journal entry",
  delete: "Removing a journal entry",
  screening: "A screening",
};

export function SyncStatus({ sync }: { sync: SyncEngine }) {
  const { status, pending, problems, lastSyncedAt, message } = sync.state.value;
  const summary =
    status === "other-account"
      ? "Not syncing: this device holds another account's record."
      : status === "syncing"
        ? "Syncing…"
        : status === "waiting"
          ? `${pending} change${pending === 1 ? "" : "s"} waiting to sync; Limber will try again automatically.`
          : status === "synced"
            ? `Everything is synced${lastSyncedAt ? ` (last at ${when.format(lastSyncedAt)})` : ""}.`
            : pending > 0
              ? `${pending} change${pending === 1 ? "" : "s"} kept on this device until you sign in.`
              : "Nothing waiting to sync.";
  return (
    <section aria-labelledby="sync-title" data-testid="sync-status">
      <h2 id="sync-title">Sync</h2>
      <p>{summary}</p>
      {message && (status === "waiting" || status === "other-account") ? (
        <p class="muted">{message}</p>
      ) : null}
      {problems.length > 0 ? (
        <div class="banner banner-warn">
          <p>These changes could not be synced to your account. They are still on this device.</p>
          <ul>
            {problems.map((p) => (
              <li key={p.key}>
                {SUBJECT[p.entry.op] ?? "A change"}: {p.problem.message}{" "}
                <button type="button" class="button" onClick={() => void sync.dismiss(p.key)}>
                  Dismiss
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <button type="button" class="button" onClick={() => void sync.syncNow()} data-testid="sync-now">
        Sync now
      </button>
    </section>
  );
}
