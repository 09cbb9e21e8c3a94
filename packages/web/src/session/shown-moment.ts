/**
 * What the session screen shows that moves with time alone: the clock's digits, the progress bar (to a
 * step under a pixel), the breathing pacer and whether the dock's controls may act yet. The screen renders
 * again only when this changes, so a step that waits for the person costs nothing while it waits, and a tap
 * ("Stop: sharp pain") never lands behind a render that would have drawn the same screen (issue 19).
 */
import type { SessionView } from "@limber/core/session/view";
import { shownClock } from "./SessionTimer";

/** Steps of the progress bar: finer than a pixel on a phone's bar. */
const PROGRESS_STEPS = 500;
/** Steps of the pacer's size in one breath (the circle grows 45% to 100%: a step is well under a pixel). */
const BREATH_STEPS = 100;

export function shownMoment(view: SessionView): string {
  const breath = view.breathing
    ? `${view.breathing.phase}${Math.round(view.breathing.fraction * BREATH_STEPS)}`
    : "-";
  return [
    view.status,
    view.stepIndex,
    shownClock(view),
    Math.round(view.progress * PROGRESS_STEPS),
    breath,
    view.canAdvance,
    view.canRelease,
    view.advanceBlocked ?? "",
    view.releaseBlocked ?? "",
  ].join("|");
}
