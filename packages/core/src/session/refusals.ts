/**
 * Why the session engine refused a command, as stable codes: the state is then unchanged. The engine never
 * words them; the session screen says each in words (web `session/refusal-words.ts`).
 */
export const SESSION_REFUSALS = [
  /** Anything but a tick after the session ended. */
  "session_ended",
  /** A command other than resume or stop while paused. */
  "paused",
  /** "Resume" when the session is not paused. */
  "not_paused",
  /** A tight-spot pause outside rolling (P5: the pause is for the roller). */
  "not_rolling",
  /** "Release" with no tight-spot pause running. */
  "no_tight_spot",
  /** "Release" before the pause's minimum (P5: at least 20 s). */
  "tight_spot_too_short",
  /** "Next" during a tight-spot pause. */
  "tight_spot_running",
  /** "Next" before a timed step's minimum (P7: a hold of at least 30 s; a slow return). */
  "hold_too_short",
] as const;

export type SessionRefusal = (typeof SESSION_REFUSALS)[number];
