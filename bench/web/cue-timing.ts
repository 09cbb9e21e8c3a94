/**
 * Cue timing in Chromium on the real clock: full supine-twist sessions with speech recorded and chimes
 * read from the Web Audio schedule. Every cue's error is its actual time minus its due time, where due
 * times come from the core's step durations, anchored on the tap that starts the session (the engine's start
 * instant is read in that tap's handler). The first cue answers that tap, so its delay is reported on its
 * own as a response time, not as timer error. During some steps the page
 * is hidden and shown again (emulated: headless Chromium never hides a page); the cues that follow such a
 * step are reported apart. Steps that wait for the person are ended by a tap on "I'm in position" scripted
 * in the page on the same schedule (a page timer, so the cue that answers it carries that timer's lateness,
 * as the baseline's do). Baseline: a bare page running plain setTimeout cues on the same schedule, at the
 * same time, in the same browser.
 */
import { DEFAULT_SESSION_SETTINGS } from "@limber/core/session/settings";
import type { Browser, Page } from "playwright-core";
import { openApp } from "../../e2e/harness/app-page";
import { answerScreening } from "../../e2e/harness/screening-journey";
import { cueSchedule, type DueCue, type Percentiles, percentiles } from "./cue-schedule";

const TECHNIQUE = "supine-spinal-twist";
// Steps during which the page is hidden for a while, then shown before the step ends.
const HIDDEN_DURING_STEPS = new Set([1, 2, 5]);
const HIDE_AFTER_MS = 1_000;
const SHOW_BEFORE_END_MS = 2_000;

export type CueTimingFigures = {
  readonly sessions: number;
  readonly inView: Percentiles;
  readonly afterHiddenShown: Percentiles;
  readonly speech: Percentiles;
  /** Chimes as they reach the audio output (through getOutputTimestamp): when they are heard. */
  readonly chime: Percentiles;
  /** The same chimes' start times on the audio clock read through `currentTime`, which runs ahead of the
   * output by its latency: the app schedules early by that much on purpose, so this one reads "early". */
  readonly chimeScheduled: Percentiles;
  readonly baselineSetTimeout: Percentiles;
  readonly missedCues: number;
  /** From the tap on "start" to the first spoken cue: rendering the session, not a timer. */
  readonly firstCueAfterTap: Percentiles;
};

type Sample = {
  /** When the person perceives the cue: speech when spoken, a chime when it reaches the audio output. */
  readonly error: number;
  /** Chimes only: the moment asked of the audio clock, read through `currentTime` (no output latency). */
  readonly scheduledError?: number;
  readonly afterHidden: boolean;
  readonly kind: DueCue["kind"];
  readonly first: boolean;
};

const schedule = cueSchedule(TECHNIQUE, DEFAULT_SESSION_SETTINGS);
const stepStarts = schedule.filter((cue) => cue.kind === "speak").map((cue) => cue.dueMs);

/** Visibility changes relative to the first cue: hide 1 s into each chosen step, show 2 s before it ends. */
function visibilityPlan(): { atMs: number; hidden: boolean }[] {
  const plan: { atMs: number; hidden: boolean }[] = [];
  for (const step of HIDDEN_DURING_STEPS) {
    const start = stepStarts[step];
    const end = stepStarts[step + 1];
    if (start === undefined || end === undefined) continue;
    plan.push(
      { atMs: start + HIDE_AFTER_MS, hidden: true },
      { atMs: end - SHOW_BEFORE_END_MS, hidden: false },
    );
  }
  return plan;
}

/** A cue "follows a hidden page" when the step it closes was hidden for a while and shown again. */
function followsHidden(cue: DueCue): boolean {
  // A step's cue and a hold's starting chime close the step before; a hold's ending chime closes the hold.
  const closesHold = cue.kind === "chime" && cue.dueMs > (stepStarts[cue.stepIndex] ?? 0);
  return HIDDEN_DURING_STEPS.has(closesHold ? cue.stepIndex : cue.stepIndex - 1);
}

async function runOneSession(page: Page): Promise<{ samples: Sample[]; missed: number }> {
  await answerScreening(page, []);
  await page.getByTestId("outcome-self-care").waitFor();
  await page.goto(`/#/session/${TECHNIQUE}`);
  // A capturing listener runs in the same dispatch as the app's handler, just before it reads the clock.
  await page.evaluate(() => {
    document.addEventListener(
      "click",
      (event) => {
        if ((event.target as Element).closest('[data-testid="session-begin"]')) {
          (window as unknown as { __limberBeganAt: number }).__limberBeganAt = performance.now();
        }
      },
      { capture: true },
    );
  });
  await page.getByTestId("session-begin").click();
  const began = await page.waitForFunction(
    () => (window as unknown as { __limberBeganAt?: number }).__limberBeganAt,
  );
  const anchor = (await began.jsonValue()) as number;
  await page.evaluate(
    ({ plan, anchor }) => {
      for (const change of plan) {
        setTimeout(() => window.__limberSetHidden(change.hidden), anchor + change.atMs - performance.now());
      }
    },
    { plan: visibilityPlan(), anchor },
  );
  // The person, in position: a tap on "I'm in position" when each waiting step's time is up.
  await page.evaluate(
    ({ taps, anchor }) => {
      for (const atMs of taps) {
        setTimeout(
          () => (document.querySelector('[data-testid="session-next"]') as HTMLButtonElement | null)?.click(),
          anchor + atMs - performance.now(),
        );
      }
    },
    { taps: schedule.filter((cue) => cue.kind === "tap").map((cue) => cue.dueMs), anchor },
  );
  const lastDue = schedule.at(-1)?.dueMs ?? 0;
  await page.waitForTimeout(lastDue + 3_000);
  const spoken = await page.evaluate(() => window.__limberSpoken.slice());
  // Each chime is two notes, 350 ms apart: the nearest note to the due time is the chime's first.
  const chimes = await page.evaluate(() => window.__limberChimes.slice());
  const samples: Sample[] = [];
  let missed = 0;
  let spokenFrom = 0;
  for (const cue of schedule) {
    if (cue.kind === "tap") continue;
    const due = anchor + cue.dueMs;
    let actual: number | undefined;
    let atOutput: number | undefined;
    if (cue.kind === "speak") {
      const index = spoken.findIndex((entry, i) => i >= spokenFrom && entry.text === cue.text);
      if (index >= 0) {
        actual = spoken[index]?.at;
        spokenFrom = index + 1;
      }
    } else {
      const nearest = chimes.reduce<(typeof chimes)[number] | undefined>(
        (best, chime) =>
          best === undefined || Math.abs(chime.scheduledAtPerf - due) < Math.abs(best.scheduledAtPerf - due)
            ? chime
            : best,
        undefined,
      );
      if (nearest && Math.abs(nearest.scheduledAtPerf - due) < 5_000) {
        actual = nearest.scheduledAtPerf;
        atOutput = nearest.atPerf;
      }
    }
    if (actual === undefined) missed += 1;
    else {
      const first = cue.kind === "speak" && cue.stepIndex === 0;
      // A chime counts when it is heard: the app schedules ahead of the audio clock by the output latency.
      samples.push({
        error: (atOutput ?? actual) - due,
        ...(atOutput === undefined ? {} : { scheduledError: actual - due }),
        afterHidden: followsHidden(cue),
        kind: cue.kind,
        first,
      });
    }
  }
  return { samples, missed };
}

/** The same schedule with nothing but setTimeout: the platform's own timer lateness. */
async function runBaseline(page: Page): Promise<number[]> {
  const dues = schedule.filter((cue) => cue.kind !== "tap").map((cue) => cue.dueMs);
  return page.evaluate(
    (dues) =>
      new Promise<number[]>((resolve) => {
        const start = performance.now();
        const errors: number[] = [];
        for (const due of dues.slice(1)) {
          setTimeout(() => {
            errors.push(performance.now() - (start + due));
            if (errors.length === dues.length - 1) resolve(errors);
          }, due);
        }
      }),
    dues,
  );
}

export async function measureCueTiming(
  browser: Browser,
  appURL: string,
  baselineURL: string,
  sessions: number,
): Promise<CueTimingFigures> {
  const samples: Sample[] = [];
  const baseline: number[] = [];
  let missed = 0;
  for (let run = 0; run < sessions; run += 1) {
    const app = await openApp(browser, appURL);
    const bare = await openApp(browser, baselineURL);
    try {
      await bare.page.goto("/");
      const [result, bareErrors] = await Promise.all([runOneSession(app.page), runBaseline(bare.page)]);
      samples.push(...result.samples);
      missed += result.missed;
      baseline.push(...bareErrors);
    } finally {
      await app.close();
      await bare.close();
    }
  }
  const errors = (keep: (sample: Sample) => boolean) => samples.filter(keep).map((sample) => sample.error);
  return {
    sessions,
    inView: percentiles(errors((s) => !s.afterHidden && !s.first)),
    afterHiddenShown: percentiles(errors((s) => s.afterHidden)),
    speech: percentiles(errors((s) => s.kind === "speak" && !s.first)),
    chime: percentiles(errors((s) => s.kind === "chime")),
    chimeScheduled: percentiles(
      samples.flatMap((s) => (s.scheduledError === undefined ? [] : [s.scheduledError])),
    ),
    firstCueAfterTap: percentiles(errors((s) => s.first)),
    baselineSetTimeout: percentiles(baseline),
    missedCues: missed,
  };
}
