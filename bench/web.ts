/**
 * `npm run bench:web`: what a person's phone pays for the web app, against an empty Preact page built and
 * served the same way in the same run. Three figures: gzipped JavaScript on the first screen's critical path,
 * Lighthouse mobile scores against `limber serve`, and cue timing over full sessions in Chromium on the real
 * clock. Prints a table and writes bench/results/web.json. A benchmark, never a test: goals are reported.
 */
import { mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { launchChromium } from "../e2e/harness/chromium";
import { startServer } from "../e2e/harness/server";
import { buildWeb, REPOSITORY_ROOT } from "../e2e/harness/web-build";
import { type CriticalJavaScript, measureCriticalJavaScript } from "./web/critical-javascript";
import { type CueTimingFigures, measureCueTiming } from "./web/cue-timing";
import { buildHelloBaseline } from "./web/hello-baseline";
import { type LighthouseFigures, runLighthouseMobile } from "./web/lighthouse-mobile";
import { serveDirectory } from "./web/static-server";

const RESULTS = join(REPOSITORY_ROOT, "bench/results/web.json");
const SESSIONS = Number(process.env.LIMBER_BENCH_SESSIONS ?? 2);
const GOALS = {
  criticalGzipBytes: 50 * 1024,
  lighthouse: { performance: 100, accessibility: 100, lcpMs: 1200 },
  cueP99Ms: { inView: 20, afterHiddenShown: 100 },
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
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function goalsMet(
  size: CriticalJavaScript | Failed,
  lighthouse: LighthouseFigures | Failed,
  cues: CueTimingFigures | Failed,
): Goal[] {
  const goals: Goal[] = [];
  if (!failed(size)) {
    goals.push({
      goal: `critical-path JS <= ${kib(GOALS.criticalGzipBytes)} gzip`,
      measured: kib(size.gzipBytes),
      met: size.gzipBytes <= GOALS.criticalGzipBytes,
    });
  }
  if (!failed(lighthouse)) {
    goals.push(
      {
        goal: "Lighthouse mobile performance 100",
        measured: String(lighthouse.performance),
        met: lighthouse.performance >= GOALS.lighthouse.performance,
      },
      {
        goal: "Lighthouse mobile accessibility 100",
        measured: String(lighthouse.accessibility),
        met: lighthouse.accessibility >= GOALS.lighthouse.accessibility,
      },
      {
        goal: `LCP <= ${GOALS.lighthouse.lcpMs} ms`,
        measured: `${lighthouse.lcpMs} ms`,
        met: lighthouse.lcpMs <= GOALS.lighthouse.lcpMs,
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
  size: { app: CriticalJavaScript | Failed; baseline: CriticalJavaScript | Failed };
  lighthouse: { app: LighthouseFigures | Failed; baseline: LighthouseFigures | Failed };
  cueTiming: CueTimingFigures | Failed;
  goals: Goal[];
}): void {
  const { size, lighthouse, cueTiming } = results;
  const row = (...cells: string[]) => console.log(cells.map((c, i) => c.padEnd(i === 0 ? 34 : 16)).join(""));
  const show = <T extends object>(value: T | Failed, pick: (v: T) => string) =>
    failed(value) ? `failed: ${value.error.slice(0, 40)}` : pick(value);
  console.log("\nLimber web benchmark");
  row("figure", "limber", "hello baseline");
  row(
    "critical-path JS (gzip)",
    show(size.app, (s) => kib(s.gzipBytes)),
    show(size.baseline, (s) => kib(s.gzipBytes)),
  );
  row(
    "lazy JS (gzip, on demand)",
    show(size.app, (s) => kib(s.lazyGzipBytes)),
    show(size.baseline, (s) => kib(s.lazyGzipBytes)),
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
    app: await attempt("critical-path JS", () => measureCriticalJavaScript(webDist)),
    baseline: await attempt("baseline critical-path JS", () => measureCriticalJavaScript(helloDist)),
  };
  const server = await startServer(webDist);
  const hello = await serveDirectory(helloDist);
  try {
    const lighthouse = {
      app: await attempt(`Lighthouse mobile ${server.url}`, () => runLighthouseMobile(`${server.url}/`)),
      baseline: await attempt("Lighthouse mobile hello baseline", () => runLighthouseMobile(hello.url)),
    };
    const browser = await launchChromium();
    const chromium = browser.version();
    const cueTiming = await attempt(
      `cue timing over ${SESSIONS} real-time twist sessions (~2 min each)`,
      () => measureCueTiming(browser, server.url, hello.url, SESSIONS),
    ).finally(() => browser.close());
    const goals = goalsMet(size.app, lighthouse.app, cueTiming);
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
        criticalJavaScript:
          "index.html scripts + modulepreloads + the Vite manifest's static imports of the entry; gzip level 6",
        lighthouse:
          "Lighthouse 12 default mobile config (simulated throttling), system Chromium, limber serve on 127.0.0.1",
        cueTiming:
          "real clock; error = |actual - due|, due times from the core's step durations anchored on the tap that starts the session (the first cue is reported apart as firstCueAfterTap); speech times from a recording speechSynthesis stub, chime times: the Web Audio start(when) mapped to performance.now() through getOutputTimestamp, i.e. when the chime reaches the output (chimeScheduled: the same when read through currentTime); visibility emulated (headless Chromium never hides a page)",
      },
      criticalJavaScript: size,
      lighthouse,
      cueTiming,
      goals,
    };
    writeFileSync(`${RESULTS}.tmp`, `${JSON.stringify(results, null, 2)}\n`);
    renameSync(`${RESULTS}.tmp`, RESULTS);
    printTable({ size, lighthouse, cueTiming, goals });
    console.log(`\nwrote ${RESULTS}`);
  } finally {
    await hello.close();
    await server.stop();
    rmSync(webDist, { recursive: true, force: true });
  }
}

await main();
