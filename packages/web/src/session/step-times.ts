/**
 * How long each step of a session lasted, for the completion screen ("held 30 s on each side"). Read from
 * two consecutive engine states: time paused is not counted (the engine moves a step's start forward by
 * it), and a step a late tick passed over in one go is given the time it ran to by itself.
 */
import { TECHNIQUES } from "@limber/core/content/techniques";
import type { SessionState } from "@limber/core/session/session-state";
import { targetMs } from "@limber/core/session/step-targets";

export type StepTime = { readonly stepIndex: number; readonly ms: number };

/** The steps finished between `before` and `after`, each with the time it ran (ms, pauses left out). */
export function finishedSteps(before: SessionState, after: SessionState): StepTime[] {
  if (before.status === "ended") return [];
  const ended = after.status === "ended" && after.endedAt !== null;
  if (!ended && after.stepIndex === before.stepIndex) return [];
  const steps = TECHNIQUES[before.techniqueId].steps;
  // A session ended while paused stopped counting when it was paused.
  const endedAt = before.status === "paused" && before.pausedAt !== null ? before.pausedAt : after.endedAt;
  const times: StepTime[] = [];
  let start = before.stepStartedAt as number;
  for (let index = before.stepIndex; index < after.stepIndex; index += 1) {
    // Steps passed over by a late tick ended at their own deadline; the first ends where the next began.
    const step = steps[index];
    const planned = step ? (targetMs(step, before.settings) ?? 0) : 0;
    const end = index === after.stepIndex - 1 ? after.stepStartedAt : start + planned;
    times.push({ stepIndex: index, ms: Math.max(0, end - start) });
    start = end;
  }
  if (ended) times.push({ stepIndex: after.stepIndex, ms: Math.max(0, (endedAt as number) - start) });
  return times;
}
