/**
 * What the session screen says when the engine refuses a command: the engine gives a stable code
 * (`SESSION_REFUSALS` in core), the screen the words, with every duration read from the content.
 */
import type { Step } from "@limber/core/content/techniques";
import { TIGHT_SPOT_PAUSE } from "@limber/core/content/tight-spot";
import type { SessionRefusal } from "@limber/core/session/refusals";

const WORDS = {
  session_ended: () => "The session has ended.",
  paused: () => "Resume the session first.",
  not_paused: () => "The session is not paused.",
  not_rolling: () => "A tight-spot pause is only for rolling.",
  no_tight_spot: () => "There is no tight-spot pause to release.",
  // P5: at least 20 seconds on the spot.
  tight_spot_too_short: () => `Stay on the tight spot for at least ${TIGHT_SPOT_PAUSE.minSeconds} seconds.`,
  tight_spot_running: () => "Finish the tight-spot pause first.",
  // P7 for a hold; the product's slow return otherwise: the step's own minimum.
  hold_too_short: (step: Step) => `Hold for at least ${step.timing?.minSeconds ?? 0} seconds.`,
} as const satisfies Record<SessionRefusal, (step: Step) => string>;

/** The words for a refusal, about the step the session was on. */
export function refusalWords(code: SessionRefusal, step: Step): string {
  return WORDS[code](step);
}
