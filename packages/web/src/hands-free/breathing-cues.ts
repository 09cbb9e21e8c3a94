/**
 * P5: "maintaining slow, deep breaths" during a tight-spot pause, spoken as well as shown: "Breathe in" and
 * "Breathe out" on the same rhythm as the visual pacer (the core's BREATHING_PACER), read from the clock.
 */
import { BREATHING_PACER } from "@limber/core/content/tight-spot";
import { type Instant, instant } from "@limber/core/units";

export type BreathingCue = { readonly at: Instant; readonly text: string };

const INHALE_MS = BREATHING_PACER.inhaleSeconds * 1000;
const CYCLE_MS = INHALE_MS + BREATHING_PACER.exhaleSeconds * 1000;

/** The first breathing cue strictly after `after` in a pause that began at `startedAt`. */
export function nextBreathingCue(startedAt: Instant, after: Instant): BreathingCue {
  const elapsed = Math.max(0, after - startedAt);
  const cycle = Math.floor(elapsed / CYCLE_MS);
  const inhaleAt = startedAt + cycle * CYCLE_MS;
  const exhaleAt = inhaleAt + INHALE_MS;
  if (after < inhaleAt) return { at: instant(inhaleAt), text: "Breathe in" };
  if (after < exhaleAt) return { at: instant(exhaleAt), text: "Breathe out" };
  return { at: instant(inhaleAt + CYCLE_MS), text: "Breathe in" };
}
