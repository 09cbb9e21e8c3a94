/**
 * Browser back during a session pauses it and asks (C-back-pauses) instead of leaving silently. The
 * session pushes one extra history entry for its own address (so the hash, and the route, do not change);
 * back lands on the entry below it, which is answered by pushing the guard again and calling `onBack`.
 */
import { useEffect, useRef } from "preact/hooks";

const GUARD = "limber-session-guard";

export function useBackGuard(active: boolean, onBack: () => void): void {
  const latest = useRef(onBack);
  latest.current = onBack;
  useEffect(() => {
    if (!active) return;
    const here = globalThis.location.hash;
    globalThis.history.pushState({ [GUARD]: true }, "", here);
    const onPop = (event: PopStateEvent) => {
      const state = event.state as Record<string, unknown> | null;
      if (state?.[GUARD]) return;
      // Guard again at once, so a second back is asked about too rather than leaving.
      globalThis.history.pushState({ [GUARD]: true }, "", here);
      latest.current();
    };
    globalThis.addEventListener("popstate", onPop);
    // The guard entry stays in the history when the session ends (the next back lands on the same address
    // once): going back by script here would race the person's own next navigation.
    return () => globalThis.removeEventListener("popstate", onPop);
  }, [active]);
}
