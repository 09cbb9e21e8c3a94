/**
 * A calm notice, after a few entries, for a person whose only copy is this browser's and whom the browser
 * has not promised to keep (issue 20, item 1): the two ways to keep it. "Not now" hides it for two weeks.
 */
import { DAY_MS } from "@limber/core/units";
import { useState } from "preact/hooks";
import { account } from "../account/account";
import { wallNow } from "../app/clock";
import { events, keeping } from "../storage/store";

/** Product rule: a few entries are worth keeping; fewer would nag a first visit. */
export const KEEP_NOTICE_AFTER_ENTRIES = 3;
const DISMISSED_KEY = "limber-keep-notice-dismissed-at";
const QUIET_MS = 14 * DAY_MS;

function dismissedRecently(now: number): boolean {
  try {
    return now - Number(globalThis.localStorage?.getItem(DISMISSED_KEY) ?? 0) < QUIET_MS;
  } catch {
    return false;
  }
}

/** The export's code (and its FHIR mapping) loads at the tap: the journal's first render need not evaluate it. */
async function downloadCopy(): Promise<void> {
  const { downloadRecord } = await import("../summary/ExportButtons");
  await downloadRecord("record");
}

export function KeepNotice() {
  const [hidden, setHidden] = useState(false);
  // The dismissal is read last, only when the notice would show: a first read of localStorage is a round trip
  // to the browser, which the journal's first render need not pay on a first visit.
  const show =
    !hidden &&
    account.state.value.status === "signed-out" &&
    keeping.answer.value !== "granted" &&
    events.value.length >= KEEP_NOTICE_AFTER_ENTRIES &&
    !dismissedRecently(wallNow());
  if (!show) return null;
  const notNow = () => {
    try {
      globalThis.localStorage?.setItem(DISMISSED_KEY, String(wallNow()));
    } catch {
      // Hidden for this visit only.
    }
    setHidden(true);
  };
  return (
    <section class="card keep-notice" data-testid="keep-notice" aria-labelledby="keep-notice-title">
      <h2 id="keep-notice-title">Keep a copy of your journal</h2>
      <p>
        Your journal is kept only in this browser, which may clear it to free up space. Download a copy (you
        can read it back with "Restore a journal from a file"), or sign in to keep it in your account.
      </p>
      <div class="actions">
        <button
          type="button"
          class="button primary"
          onClick={() => void downloadCopy()}
          data-testid="keep-download"
        >
          Download a copy
        </button>
        <a class="button" href="#/account" data-testid="keep-sign-in">
          Sign in to sync
        </a>
        <button type="button" class="button" onClick={notNow} data-testid="keep-not-now">
          Not now
        </button>
      </div>
    </section>
  );
}
