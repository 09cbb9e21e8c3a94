/**
 * Keeps the screen on during a session. Browsers drop a wake lock whenever the page is hidden, so it is
 * requested again each time the page becomes visible.
 */
export function keepScreenAwake(nav: Navigator = navigator, doc: Document = document): { release(): void } {
  let sentinel: WakeLockSentinel | null = null;
  let released = false;

  const request = async () => {
    if (released || !nav.wakeLock || doc.visibilityState !== "visible") return;
    try {
      sentinel = await nav.wakeLock.request("screen");
      if (released) void sentinel.release();
    } catch {
      // Refused (battery saver, no permission): the session still works, the screen may just dim.
      sentinel = null;
    }
  };

  const onVisibility = () => {
    if (doc.visibilityState === "visible") void request();
  };

  doc.addEventListener("visibilitychange", onVisibility);
  void request();
  return {
    release() {
      released = true;
      doc.removeEventListener("visibilitychange", onVisibility);
      void sentinel?.release();
      sentinel = null;
    },
  };
}
