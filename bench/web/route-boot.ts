/**
 * A route's boot at a phone's CPU speed, in Chromium with the CPU slowed (CDP `Emulation.setCPUThrottlingRate`,
 * the same 4x Lighthouse's mobile preset simulates): every long task (PerformanceObserver "longtask") from
 * navigation until the page is quiet, and the total blocking time after the first contentful paint (the part
 * of each task over 50 ms, as Lighthouse counts it). With `profile`, the functions that took the most time
 * (a CDP CPU profile), to find what to cut.
 */
import type { Browser, CDPSession } from "playwright-core";

export type LongTask = { readonly startMs: number; readonly durationMs: number };
export type RouteBoot = {
  readonly fcpMs: number;
  readonly tbtMs: number;
  readonly longTasks: readonly LongTask[];
  /** Functions by self time while the page booted, most first (with `profile` only). */
  readonly hotFunctions?: readonly string[];
};

const observeLongTasks = () => {
  const tasks: { startMs: number; durationMs: number }[] = [];
  (globalThis as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      tasks.push({ startMs: Math.round(entry.startTime), durationMs: Math.round(entry.duration) });
  }).observe({ type: "longtask", buffered: true });
};

/** Quiet: no long task for this long (Lighthouse waits for a 5 s quiet window; 3 s is enough here). */
const QUIET_MS = 3000;

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
};
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

function hotFunctions(profile: Profile, top = 25): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.split("/").pop() ?? "";
    const key = `${frame.functionName || "(anonymous)"} ${file}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, ms]) => `${ms.toFixed(1)} ms  ${key}`);
}

/** Loads `url` in a fresh context at `slowdown` x CPU and reports its long tasks until quiet. */
export async function measureRouteBoot(
  browser: Browser,
  url: string,
  options: {
    readonly slowdown: number;
    readonly profile?: boolean;
    /** When the page has started: the app says so on #app; the baseline page once it shows its heading. */
    readonly readySelector?: string;
  } = { slowdown: 4 },
): Promise<RouteBoot> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 1.75,
  });
  try {
    const page = await context.newPage();
    await context.addInitScript(observeLongTasks);
    const session: CDPSession = await context.newCDPSession(page);
    await session.send("Emulation.setCPUThrottlingRate", { rate: options.slowdown });
    if (options.profile) {
      await session.send("Profiler.enable");
      await session.send("Profiler.setSamplingInterval", { interval: 200 });
      await session.send("Profiler.start");
    }
    await page.goto(url);
    await page
      .locator(options.readySelector ?? '#app[data-booted="true"]')
      .waitFor({ state: "attached", timeout: 60_000 });
    // Quiet once no long task has ended for QUIET_MS.
    for (;;) {
      const lastEnd = await page.evaluate(() => {
        const tasks = (globalThis as unknown as { __longTasks: LongTask[] }).__longTasks;
        const last = tasks.at(-1);
        return { now: performance.now(), end: last ? last.startMs + last.durationMs : 0 };
      });
      if (lastEnd.now - lastEnd.end >= QUIET_MS) break;
      await page.waitForTimeout(500);
    }
    const { tasks, fcp } = await page.evaluate(() => ({
      tasks: (globalThis as unknown as { __longTasks: LongTask[] }).__longTasks,
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0,
    }));
    const tbtMs = tasks
      .filter((task) => task.startMs >= fcp)
      .reduce((total, task) => total + Math.max(0, task.durationMs - 50), 0);
    const result: RouteBoot = { fcpMs: Math.round(fcp), tbtMs, longTasks: tasks };
    if (options.profile) {
      const { profile } = (await session.send("Profiler.stop")) as { profile: Profile };
      return { ...result, hotFunctions: hotFunctions(profile) };
    }
    return result;
  } finally {
    await context.close();
  }
}
