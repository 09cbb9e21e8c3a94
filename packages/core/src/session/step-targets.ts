/**
 * How long a timed step and a tight-spot pause last, from the content and the person's settings: the one
 * place the engine, its view and the completion screen's step times read a step's target from.
 */
import type { Step } from "../content/techniques";
import { TIGHT_SPOT_PAUSE } from "../content/tight-spot";
import { SECOND_MS } from "../units";
import type { SessionSettings } from "./settings";

/** A timed step's target duration in ms: its own, or the person's longer setting (never below the minimum). */
export function targetMs(step: Step, settings: SessionSettings): number | null {
  if (step.waitsForPerson || !step.timing) return null;
  const wanted = step.timing.setting ? settings[step.timing.setting] : step.timing.targetSeconds;
  return Math.max(step.timing.minSeconds, wanted) * SECOND_MS;
}

/** P5: the pause ends by itself at the person's 20-30 s setting, or at 30 s with auto-advance off. */
export function tightSpotTargetMs(settings: SessionSettings): number {
  return (settings.autoAdvance ? settings.tightSpotSeconds : TIGHT_SPOT_PAUSE.maxSeconds) * SECOND_MS;
}
