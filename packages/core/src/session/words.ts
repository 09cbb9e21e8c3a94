/**
 * What the session engine says and announces, with every duration read from the content data
 * (`TIGHT_SPOT_PAUSE`, each step's timing), never typed in here.
 */
import type { Step } from "../content/techniques";
import { TIGHT_SPOT_PAUSE } from "../content/tight-spot";
import type { SessionOutcome } from "../journal/events";

const { minSeconds, maxSeconds, easeOffCue } = TIGHT_SPOT_PAUSE;

export const SESSION_WORDS = {
  ended: {
    completed: "Well done. The session is complete. Rest for a moment before you get up.",
    "stopped-for-pain": "Stop now. Move slowly into a comfortable position and rest.",
    abandoned: "Session ended.",
  } satisfies Record<SessionOutcome, string>,
  paused: "Paused. The timer is stopped.",
  resumed: "Resumed.",
  // P5 numbers, from the content.
  tightSpotStarted: `Tight-spot pause: ${minSeconds} to ${maxSeconds} seconds of slow, deep breaths.`,
  tightSpotMinimum: `${minSeconds} seconds. Release when you are ready.`,
  tightSpotFinished: "Tight-spot pause finished. Keep rolling slowly.",
  // Pausing ends a tight spot (no time on a spot beyond 30 s, whatever happens).
  easedOff: `${easeOffCue} Pausing ended the tight-spot pause; rolling goes on when you resume.`,
  rollingAgain: "Keep rolling slowly.",
} as const;

/** Said when a timed step's minimum is reached and the person moves on themselves (auto-advance off). */
export function minimumReached(step: Step): string {
  const seconds = step.timing?.minSeconds ?? 0;
  return step.timing?.chime
    ? `${seconds} seconds. Move on when you are ready.`
    : "Move on when you are ready.";
}

/** Why a control cannot act yet, for its accessible name (the timer already shows how long). */
export const NOT_YET = {
  paused: "resume the session first",
  release: `possible once you have stayed ${TIGHT_SPOT_PAUSE.minSeconds} seconds on the spot`,
  next: (step: Step) =>
    step.kind === "hold"
      ? `possible once you have held for ${step.timing?.minSeconds ?? 0} seconds`
      : `possible after ${step.timing?.minSeconds ?? 0} seconds, so the movement stays slow`,
} as const;
