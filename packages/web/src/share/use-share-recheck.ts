/**
 * Keeps an open clinician's view honest: while the record is shown, the share is checked every
 * SHARE_RECHECK_MS and whenever the page becomes visible again, and `onWithdrawn` runs once the server says
 * the link was withdrawn or has expired. A check the server cannot answer (offline, busy) keeps the view.
 */
import { useEffect } from "preact/hooks";
import { checkShared } from "./shares-api";

/** Product rule: a withdrawn link closes an open view within a minute; half that leaves room for a slow answer. */
export const SHARE_RECHECK_MS = 30_000;

export function useShareRecheck(token: string, active: boolean, onWithdrawn: () => void): void {
  useEffect(() => {
    if (!active) return;
    let live = true;
    const check = async () => {
      if ((await checkShared(token)) === "withdrawn" && live) onWithdrawn();
    };
    const onVisible = () => {
      if (document.visibilityState === "visible") void check();
    };
    const timer = setInterval(() => void check(), SHARE_RECHECK_MS);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      live = false;
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [token, active, onWithdrawn]);
}
