/**
 * `npm run bench:web`: what a person's phone pays for the web app, against an empty Preact page built and
 * served the same way in the same run. The first screen's critical path (JavaScript, CSS and fonts, as
 * sent); five Lighthouse mobile runs in a row on each route (home, techniques, journal, why it pops, a
 * session) with their total blocking time; each route's long tasks at 4x CPU in Chromium itself; the taps
 * of issue 19 (stop: sharp pain, I'm in position, pause, a screening answer) at 4x, each tap's Event Timing
 * and time to the painted screen it leads to (p75 of 10 taps each); and cue timing over full sessions on
 * the real clock. Prints a table and writes bench/results/web.json. A benchmark, never a test:
 * goals are reported. LIMBER_BENCH_LIGHTHOUSE_RUNS, LIMBER_BENCH_TAPS and LIMBER_BENCH_SESSIONS make runs
 * shorter while developing.
 */
import { mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { launchChromium } from "../e2e/harness/chromium";
import { startServer } from "../e2e/harness/server";
import { buildWeb, REPOSITORY_ROOT } from "../e2e/harness/web-build";
import { type CriticalPath, measureCriticalPath } from "./web/critical-path";
import { type CueTimingFigures, measureCueTiming } from "./web/cue-timing";
import { buildHelloBaseline } from "./web/hello-baseline";
import { type LighthouseFigures, runLighthouseMobile } from "./web/lighthouse-mobile";
import { measureRouteBoot, type RouteBoot } from "./web/route-boot";
import { buildStaticHome } from "./web/static-home";
import { serveDirectory } from "./web/static-server";
import { measureTaps, type TapsFigures } from "./web/taps";

const RESULTS = join(REPOSITORY_ROOT, "bench/results/web.json");
const SESSIONS = Number(process.env.LIMBER_BENCH_SESSIONS ?? 2);
/** The LCP goal must hold on every one of this many Lighthouse runs in a row, not on a lucky one. */
const LIGHTHOUSE_RUNS = Number(process.env.LIMBER_BENCH_LIGHTHOUSE_RUNS ?? 5);
const TAPS = Number(process.env.LIMBER_BENCH_TAPS ?? 10);
/** Routes measured apart from home, as a fresh visitor opens them (the session route then shows its gate). */
const ROUTES = {
  techniques: "#/techniques",
  journal: "#/journal",
  "why it pops": "#/explain/pop",
  session: "#/session/supine-spinal-twist",
} as const;
const GOALS = {
  criticalGzipBytes: 50 * 1024,
  // 100 since the first benchmark; issue 19 asks for at least 95 on every one of five runs of home.
  lighthouse: { performance: 100, performanceEveryRun: 95, accessibility: 100, lcpMs: 1200 },
  cueP99Ms: { inView: 20, afterHiddenShown: 100 },
  medianTbtMs: 150,
  tapP75Ms: 100,
} as const;

type Goal = { readonly goal: string; readonly measured: string; readonly met: boolean };
type Failed = { readonly error: string };

async function attempt<T>(label: string, run: () => Promise<T>): Promise<T | Failed> {
  process.stderr.write(`  ${label}…\n`);
  try {
    return await run();
  } catch (error) {
    process.stderr.write(`  ${label} failed: ${(error as Error).message}\n`);
    return { error: (error as Error).message.split("\n")[0] ?? "failed" };
  }
}
const failed = (value: object): value is Failed => "error" in value;
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
};
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** How often a run Lighthouse itself could not record (its `runtimeError`, such as NO_NAVSTART) is run again. */
const LIGHTHOUSE_RETRIES = 2;

/**
 * Lighthouse runs one after another; the figures of the last one that completed, and every LCP. A run
 * Lighthouse could not record measured nothing about the page: it is run again, and said so in `retried`.
 */
async function runLighthouseSeries(url: string, runs: number): Promise<LighthouseSeries | Failed> {
  const all: LighthouseFigures[] = [];
  const retried: string[] = [];
  for (let run = 1; run <= runs; run += 1) {
    const once = () =>
      attempt(`Lighthouse mobile run ${run} of ${runs}: ${url}`, () => runLighthouseMobile(url));
    let figures = await once();
    for (let again = 1; again <= LIGHTHOUSE_RETRIES; again += 1) {
      if (failed(figures) || figures.runtimeError === undefined) break;
      retried.push(`run ${run}: ${figures.runtimeError}`);
      process.stderr.write(`  run ${run} again: Lighthouse could not record it (${figures.runtimeError})\n`);
      figures = await once();
    }
    if (failed(figures)) return figures;
    all.push(figures);
  }
  const last = all.at(-1);
  if (!last) return { error: "no Lighthouse run" };
  const lcps = all.map((f) => f.lcpMs);
  const tbts = all.map((f) => f.tbtMs);
  return {
    ...last,
    runs: all,
    lcpRunsMs: lcps,
    lcpWorstMs: Math.max(...lcps),
    tbtRunsMs: tbts,
    tbtMedianMs: median(tbts),
    performanceRuns: all.map((f) => f.performance),
    retried,
  };
}

type LighthouseSeries = LighthouseFigures & {
  readonly runs: readonly LighthouseFigures[];
  readonly lcpRunsMs: readonly number[];
  readonly lcpWorstMs: number;
  readonly tbtRunsMs: readonly number[];
  readonly tbtMedianMs: number;
  readonly performanceRuns: readonly number[];
  /** Runs Lighthouse could not record, each run again (their errors). */
  readonly retried: readonly string[];
};

/** Each route's boot in Chromium at 4x CPU (long tasks, TBT), `runs` fresh loads, with the median TBT. */
type RouteBootSeries = {
  readonly tbtRunsMs: readonly number[];
  readonly tbtMedianMs: number;
  readonly longestTaskMs: number;
  readonly runs: readonly RouteBoot[];
};
async function runRouteBoots(
  url: string,
  runs: number,
  readySelector?: string,
): Promise<RouteBootSeries | Failed> {
  return attempt(`boot at 4x CPU, ${runs} loads: ${url}`, async () => {
    const browser = await launchChromium();
    try {
      const all: RouteBoot[] = [];
      for (let run = 0; run < runs; run += 1)
        all.push(
          await measureRouteBoot(browser, url, { slowdown: 4, ...(readySelector ? { readySelector } : {}) }),
        );
      const tbts = all.map((boot) => boot.tbtMs);
      return {
        tbtRunsMs: tbts,
        tbtMedianMs: median(tbts),
        longestTaskMs: Math.max(0, ...all.flatMap((boot) => boot.longTasks.map((task) => task.durationMs))),
        runs: all,
      };
    } finally {
      await browser.close();
    }
  });
}

function goalsMet(
  size: CriticalPath | Failed,
  lighthouse: LighthouseSeries | Failed,
  cues: CueTimingFigures | Failed,
  routes: Record<string, LighthouseSeries | Failed>,
  taps: TapsFigures | Failed,
  boot: Record<string, RouteBootSeries | Failed>,
): Goal[] {
  const goals: Goal[] = [];
  // Issue 19's measure: Chromium's own TBT with the CPU slowed 4x. Lighthouse's (below) scales the wall time
  // of every task it saw by four, so on a shared machine it also counts the time the page waited for a core.
  for (const [route, series] of Object.entries(boot)) {
    if (route === "baseline" || failed(series)) continue;
    goals.push({
      goal: `${route}: median TBT <= ${GOALS.medianTbtMs} ms at 4x CPU (Chromium)`,
      measured: `${series.tbtMedianMs} ms (runs ${series.tbtRunsMs.join(", ")})`,
      met: series.tbtMedianMs <= GOALS.medianTbtMs,
    });
  }
  for (const [route, series] of Object.entries(routes)) {
    if (failed(series)) continue;
    goals.push({
      goal: `${route}: median TBT <= ${GOALS.medianTbtMs} ms (Lighthouse mobile)`,
      measured: `${series.tbtMedianMs} ms (runs ${series.tbtRunsMs.join(", ")})`,
      met: series.tbtMedianMs <= GOALS.medianTbtMs,
    });
  }
  if (!failed(taps)) {
    for (const [name, tap] of Object.entries(taps.taps))
      goals.push({
        goal: `${name} tap to painted screen p75 <= ${GOALS.tapP75Ms} ms at 4x CPU`,
        measured: `${tap.toScreen.p75} ms (n=${taps.rounds}; empty page ${taps.baseline.toScreen.p75} ms)`,
        met: tap.toScreen.p75 <= GOALS.tapP75Ms,
      });
  }
  if (!failed(size)) {
    goals.push({
      goal: `critical-path JS + CSS + fonts <= ${kib(GOALS.criticalGzipBytes)} as sent`,
      measured: kib(size.totalGzipBytes),
      met: size.totalGzipBytes <= GOALS.criticalGzipBytes,
    });
  }
  if (!failed(lighthouse)) {
    goals.push(
      {
        goal: `Lighthouse mobile performance >= ${GOALS.lighthouse.performanceEveryRun} on every run of home`,
        measured: lighthouse.performanceRuns.join(", "),
        met:
          lighthouse.runs.length >= LIGHTHOUSE_RUNS &&
          Math.min(...lighthouse.performanceRuns) >= GOALS.lighthouse.performanceEveryRun,
      },
      {
        goal: "Lighthouse mobile performance 100 on home",
        measured: lighthouse.performanceRuns.join(", "),
        met: Math.min(...lighthouse.performanceRuns) >= GOALS.lighthouse.performance,
      },
      {
        goal: "Lighthouse mobile accessibility 100",
        measured: String(lighthouse.accessibility),
        met: lighthouse.accessibility >= GOALS.lighthouse.accessibility,
      },
      {
        goal: `LCP <= ${GOALS.lighthouse.lcpMs} ms on ${lighthouse.runs.length} runs in a row`,
        measured: `${lighthouse.lcpRunsMs.join(", ")} ms`,
        met: lighthouse.runs.length >= LIGHTHOUSE_RUNS && lighthouse.lcpWorstMs <= GOALS.lighthouse.lcpMs,
      },
    );
  }
  if (!failed(cues)) {
    goals.push(
      {
        goal: `cue p99 <= ${GOALS.cueP99Ms.inView} ms in view`,
        measured: `${cues.inView.p99} ms (n=${cues.inView.count})`,
        met: cues.inView.count > 0 && cues.inView.p99 <= GOALS.cueP99Ms.inView && cues.missedCues === 0,
      },
      {
        goal: `cue p99 <= ${GOALS.cueP99Ms.afterHiddenShown} ms after hidden+shown`,
        measured: `${cues.afterHiddenShown.p99} ms (n=${cues.afterHiddenShown.count})`,
        met:
          cues.afterHiddenShown.count > 0 &&
          cues.afterHiddenShown.p99 <= GOALS.cueP99Ms.afterHiddenShown &&
          cues.missedCues === 0,
      },
    );
  }
  return goals;
}

function printTable(results: {
  size: { app: CriticalPath | Failed; baseline: CriticalPath | Failed };
  lighthouse: {
    app: LighthouseSeries | Failed;
    baseline: LighthouseSeries | Failed;
    staticHome: LighthouseSeries | Failed;
  };
  routes: Record<string, LighthouseSeries | Failed>;
  boot: Record<string, RouteBootSeries | Failed>;
  taps: TapsFigures | Failed;
  cueTiming: CueTimingFigures | Failed;
  goals: Goal[];
}): void {
  const { size, lighthouse, cueTiming, routes, boot, taps } = results;
  // A cell longer than its column still gets a space after it, so columns never run together.
  const row = (...cells: string[]) =>
    console.log(
      cells
        .map((c, i) => `${c} `.padEnd(i === 0 ? 40 : 28))
        .join("")
        .trimEnd(),
    );
  const show = <T extends object>(value: T | Failed, pick: (v: T) => string) =>
    failed(value) ? `failed: ${value.error.slice(0, 40)}` : pick(value);
  console.log("\nLimber web benchmark");
  row("figure", "limber", "hello baseline");
  const sum = (files: readonly { gzipBytes: number }[]) => files.reduce((t, f) => t + f.gzipBytes, 0);
  row(
    "critical path, total (as sent)",
    show(size.app, (s) => kib(s.totalGzipBytes)),
    show(size.baseline, (s) => kib(s.totalGzipBytes)),
  );
  row(
    "  JavaScript (gzip)",
    show(size.app, (s) => kib(s.javascript.gzipBytes)),
    show(size.baseline, (s) => kib(s.javascript.gzipBytes)),
  );
  row(
    "  CSS (gzip)",
    show(size.app, (s) => kib(sum(s.css))),
    show(size.baseline, (s) => kib(sum(s.css))),
  );
  row(
    "  fonts (woff2)",
    show(size.app, (s) => kib(sum(s.fonts))),
    show(size.baseline, (s) => kib(sum(s.fonts))),
  );
  row(
    "lazy JS (gzip, on demand)",
    show(size.app, (s) => kib(s.javascript.lazyGzipBytes)),
    show(size.baseline, (s) => kib(s.javascript.lazyGzipBytes)),
  );
  row(
    "LCP, each run",
    show(lighthouse.app, (l) => l.lcpRunsMs.join(", ")),
    show(lighthouse.baseline, (l) => l.lcpRunsMs.join(", ")),
  );
  for (const [label, pick] of [
    ["Lighthouse performance", (l: LighthouseFigures) => String(l.performance)],
    ["Lighthouse accessibility", (l: LighthouseFigures) => String(l.accessibility)],
    ["Lighthouse best practices", (l: LighthouseFigures) => String(l.bestPractices)],
    ["LCP", (l: LighthouseFigures) => `${l.lcpMs} ms`],
    ["FCP", (l: LighthouseFigures) => `${l.fcpMs} ms`],
    ["TBT", (l: LighthouseFigures) => `${l.tbtMs} ms`],
    ["CLS", (l: LighthouseFigures) => String(l.cls)],
  ] as const) {
    row(label, show(lighthouse.app, pick), show(lighthouse.baseline, pick));
  }
  row(
    "TBT median (each run)",
    show(lighthouse.app, (l) => `${l.tbtMedianMs} (${l.tbtRunsMs.join(", ")})`),
    show(lighthouse.baseline, (l) => `${l.tbtMedianMs} (${l.tbtRunsMs.join(", ")})`),
  );
  const eachRun = (l: LighthouseSeries) =>
    `${l.performanceRuns.join(", ")} / ${l.lcpRunsMs.join(", ")} / ${l.tbtRunsMs.join(", ")}`;
  row("home: performance / LCP / TBT, each run", show(lighthouse.app, eachRun));
  row("  the same page without its JavaScript", show(lighthouse.staticHome, eachRun));
  row("  the empty page", show(lighthouse.baseline, eachRun));
  for (const [route, series] of Object.entries(routes)) {
    row(
      `${route}: TBT median (each run)`,
      show(series, (l) => `${l.tbtMedianMs} (${l.tbtRunsMs.join(", ")})`),
    );
    row(
      `${route}: LCP, performance`,
      show(series, (l) => `${l.lcpRunsMs.join(", ")} / ${l.performanceRuns.join(", ")}`),
    );
  }
  const allSeries = {
    home: lighthouse.app,
    "home without JavaScript": lighthouse.staticHome,
    "the empty page": lighthouse.baseline,
    ...routes,
  };
  for (const [name, one] of Object.entries(allSeries)) {
    if (!failed(one) && one.retried.length > 0)
      row(`${name}: Lighthouse runs not recorded, run again`, one.retried.join("; "));
  }
  const baselineBoot = boot.baseline;
  for (const [route, series] of Object.entries(boot)) {
    if (route === "baseline") continue;
    row(
      `${route}: 4x CPU TBT median, longest task`,
      show(series, (b) => `${b.tbtMedianMs} ms, ${b.longestTaskMs} ms`),
      baselineBoot ? show(baselineBoot, (b) => `${b.tbtMedianMs} ms, ${b.longestTaskMs} ms`) : "",
    );
  }
  const tapNames = failed(taps) ? ["taps"] : Object.keys(taps.taps);
  for (const name of tapNames) {
    const pick = (t: TapsFigures) => t.taps[name as keyof TapsFigures["taps"]];
    row(
      `${name} tap: to painted screen p50/p75`,
      show(taps, (t) => `${pick(t).toScreen.p50} / ${pick(t).toScreen.p75} ms`),
      show(taps, (t) => `${t.baseline.toScreen.p50} / ${t.baseline.toScreen.p75} ms`),
    );
    row(
      `${name} tap: Event Timing p50/p75`,
      show(taps, (t) => `${pick(t).eventDuration.p50} / ${pick(t).eventDuration.p75} ms`),
      show(taps, (t) => `${t.baseline.eventDuration.p50} / ${t.baseline.eventDuration.p75} ms`),
    );
  }
  const p = (v: { p50: number; p99: number; count: number; meanSigned: number }) =>
    `p50 ${v.p50} / p99 ${v.p99} ms, mean ${v.meanSigned >= 0 ? "+" : ""}${v.meanSigned} (n=${v.count})`;
  if (failed(cueTiming)) row("cue timing", `failed: ${cueTiming.error}`);
  else {
    row("cue error in view", p(cueTiming.inView));
    row("cue error after hidden+shown", p(cueTiming.afterHiddenShown));
    row("  of which speech", p(cueTiming.speech));
    row("  of which chime (at the audio output)", p(cueTiming.chime));
    row("  chime start on the audio clock", p(cueTiming.chimeScheduled));
    row("baseline: bare setTimeout", p(cueTiming.baselineSetTimeout));
    row("first cue after the start tap", p(cueTiming.firstCueAfterTap));
    row("missed cues", String(cueTiming.missedCues));
  }
  console.log("\ngoals");
  for (const goal of results.goals)
    console.log(`  ${goal.met ? "met " : "MISS"}  ${goal.goal}: ${goal.measured}`);
}

async function main(): Promise<void> {
  process.stderr.write("building the web app and the hello baseline\n");
  const webDist = mkdtempSync(join(tmpdir(), "limber-bench-web-"));
  await buildWeb(webDist);
  const helloDist = await buildHelloBaseline(REPOSITORY_ROOT);
  const size = {
    app: await attempt("critical path", () => measureCriticalPath(webDist)),
    baseline: await attempt("baseline critical path", () => measureCriticalPath(helloDist)),
  };
  const staticHomeDist = await buildStaticHome(webDist);
  const server = await startServer(webDist);
  const staticHome = await startServer(staticHomeDist);
  const hello = await serveDirectory(helloDist);
  try {
    const lighthouse = {
      app: await runLighthouseSeries(`${server.url}/`, LIGHTHOUSE_RUNS),
      baseline: await runLighthouseSeries(hello.url, LIGHTHOUSE_RUNS),
      staticHome: await runLighthouseSeries(`${staticHome.url}/`, LIGHTHOUSE_RUNS),
    };
    const routes: Record<string, LighthouseSeries | Failed> = {};
    for (const [name, hash] of Object.entries(ROUTES))
      routes[name] = await runLighthouseSeries(`${server.url}/${hash}`, LIGHTHOUSE_RUNS);
    const boot: Record<string, RouteBootSeries | Failed> = {
      baseline: await runRouteBoots(hello.url, LIGHTHOUSE_RUNS, "h1"),
      home: await runRouteBoots(`${server.url}/`, LIGHTHOUSE_RUNS),
    };
    for (const [name, hash] of Object.entries(ROUTES))
      boot[name] = await runRouteBoots(`${server.url}/${hash}`, LIGHTHOUSE_RUNS);
    const browser = await launchChromium();
    const chromium = browser.version();
    const taps = await attempt(`taps at 4x CPU, ${TAPS} rounds`, () =>
      measureTaps(browser, server.url, hello.url, TAPS),
    );
    const cueTiming = await attempt(
      `cue timing over ${SESSIONS} real-time twist sessions (~2 min each)`,
      () => measureCueTiming(browser, server.url, hello.url, SESSIONS),
    ).finally(() => browser.close());
    const goals = goalsMet(
      size.app,
      lighthouse.app,
      cueTiming,
      { home: lighthouse.app, ...routes },
      taps,
      boot,
    );
    const results = {
      benchmark: "web",
      measuredAt: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? "unknown",
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        // Other engineers' test runs share this machine: the 1-minute load average says how busy it was.
        loadAverage: loadavg().map((value) => Math.round(value * 10) / 10),
        node: process.version,
        chromium,
      },
      method: {
        criticalPath:
          "JavaScript: index.html scripts + modulepreloads + the Vite manifest's static imports of the entry; CSS: index.html <style> and linked stylesheets; both gzip level 6. Fonts: woff2 files index.html preloads, as they are",
        lighthouse: `Lighthouse 12 default mobile config (simulated throttling), system Chromium, limber serve on 127.0.0.1; ${LIGHTHOUSE_RUNS} runs in a row on each route as a fresh visitor opens it, each reported; TBT goals on the median, LCP and performance on every run; staticHome: the same prerendered home with its scripts removed, served the same way, to show what the page costs before any of the app's code runs`,
        boot: "Chromium (playwright-core) with CDP Emulation.setCPUThrottlingRate 4, a fresh context per load at 412x823; long tasks from PerformanceObserver('longtask') until 3 s without one; TBT = sum of (task - 50 ms) after FCP; baseline: the empty Preact page",
        taps: `${TAPS} rounds, a fresh context per tap, the CPU at 4x from the address of the tap on: 'Stop: sharp pain' and 'I'm in position' 3 s into the twist (self-care screening first), 'Pause' 3 s into the twist's first timed step, and the first screening answer 1 s after question 1; Event Timing duration of the tap (INP's measure) and tap to the first frame painted with the screen it leads to (next animation frame after it is in the DOM); baseline: a button on the empty page replacing its words, once per round`,
        cueTiming:
          "real clock; error = |actual - due|, due times from the core's step durations anchored on the tap that starts the session (the first cue is reported apart as firstCueAfterTap); speech times from a recording speechSynthesis stub, chime times: the Web Audio start(when) mapped to performance.now() through getOutputTimestamp, i.e. when the chime reaches the output (chimeScheduled: the same when read through currentTime); visibility emulated (headless Chromium never hides a page)",
      },
      criticalPath: size,
      lighthouse,
      routes,
      boot,
      taps,
      cueTiming,
      goals,
    };
    writeFileSync(`${RESULTS}.tmp`, `${JSON.stringify(results, null, 2)}\n`);
    renameSync(`${RESULTS}.tmp`, RESULTS);
    printTable({ size, lighthouse, routes, boot, taps, cueTiming, goals });
    console.log(`\nwrote ${RESULTS}`);
  } finally {
    await hello.close();
    await server.stop();
    await staticHome.stop();
    for (const dist of [webDist, staticHomeDist]) rmSync(dist, { recursive: true, force: true });
  }
}

await main();
