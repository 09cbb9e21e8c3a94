/**
 * When each cue of an auto-advancing session is due, from the core's own technique data: a step's cue is
 * spoken as it starts, a hold chimes at its start and its end, and the closing words follow the last step.
 * A step that waits for the person ends with a scripted tap on "I'm in position", `PERSON_TAP_MS` in.
 */
import { TECHNIQUES } from "@limber/core/content/techniques";
import type { TechniqueId } from "@limber/core/journal/events";
import type { SessionSettings } from "@limber/core/session/settings";

export type DueCue =
  | { readonly kind: "speak"; readonly text: string; readonly dueMs: number; readonly stepIndex: number }
  | { readonly kind: "chime"; readonly dueMs: number; readonly stepIndex: number }
  | { readonly kind: "tap"; readonly dueMs: number; readonly stepIndex: number };

/** How long the benchmark's scripted person takes to say "I'm in position". */
export const PERSON_TAP_MS = 3_000;

const COMPLETED_WORDS = "Well done. The session is complete. Rest for a moment before you get up.";

/** Due times in ms after the session's first cue; rolling (ended by the person at will) cannot be run. */
export function cueSchedule(techniqueId: TechniqueId, settings: SessionSettings): DueCue[] {
  const due: DueCue[] = [];
  let startMs = 0;
  const steps = TECHNIQUES[techniqueId].steps;
  steps.forEach((step, stepIndex) => {
    if (step.tightSpot) throw new Error(`step ${step.id} is rolling: a timed benchmark cannot run it`);
    due.push({ kind: "speak", text: step.cue, dueMs: startMs, stepIndex });
    if (step.waitsForPerson || !step.timing) {
      due.push({ kind: "tap", dueMs: startMs + PERSON_TAP_MS, stepIndex });
      startMs += PERSON_TAP_MS;
      return;
    }
    const wanted = step.timing.setting ? settings[step.timing.setting] : step.timing.targetSeconds;
    const lengthMs = Math.max(step.timing.minSeconds, wanted) * 1000;
    if (step.timing.chime) {
      due.push({ kind: "chime", dueMs: startMs, stepIndex });
      due.push({ kind: "chime", dueMs: startMs + lengthMs, stepIndex });
    }
    startMs += lengthMs;
  });
  due.push({ kind: "speak", text: COMPLETED_WORDS, dueMs: startMs, stepIndex: steps.length });
  return due;
}

/** Of absolute errors, plus the signed mean: negative means early on average, positive late. */
export type Percentiles = {
  readonly count: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly meanSigned: number;
};

/** Nearest-rank percentiles of absolute errors in ms, rounded to 0.1 ms. */
export function percentiles(errors: readonly number[]): Percentiles {
  const sorted = errors.map(Math.abs).sort((a, b) => a - b);
  const rank = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  const round = (value: number) => Math.round(value * 10) / 10;
  const meanSigned = errors.length === 0 ? 0 : errors.reduce((sum, e) => sum + e, 0) / errors.length;
  return {
    count: sorted.length,
    p50: round(rank(50)),
    p99: round(rank(99)),
    max: round(sorted.at(-1) ?? 0),
    meanSigned: round(meanSigned),
  };
}
