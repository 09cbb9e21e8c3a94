/**
 * Warms the browser's date and time-zone data in a worker (see intl-warmup.worker.ts) so the main thread's
 * first formatter, which the safety state needs on every screen, does not block it for 100 ms or more on a
 * phone. Started once, as the app's code starts loading; `intlWarm` settles when the worker is done, has
 * failed, or after `WARM_LIMIT_MS`, whichever comes first: nothing ever waits on it for longer than that,
 * and the app works the same without it (the main thread then pays for the data itself).
 */
export const WARM_LIMIT_MS = 1500;

let warming: Promise<void> | null = null;

export function warmIntl(): Promise<void> {
  warming ??= new Promise<void>((resolve) => {
    let worker: Worker | null = null;
    const done = () => {
      worker?.terminate();
      resolve();
    };
    setTimeout(done, WARM_LIMIT_MS);
    try {
      worker = new Worker(new URL("./intl-warmup.worker.ts", import.meta.url), { type: "module" });
      worker.onmessage = done;
      worker.onerror = done;
    } catch {
      done();
    }
  });
  return warming;
}
