/**
 * Every step duration the techniques use, each traced to its source and reason, and the rule for the steps
 * the article gives no time for (they wait for the person).
 */
import type { StepTiming } from "./technique";

/**
 * The article gives no time for getting into position or guiding the knee across, so those steps wait for the
 * person to say they are in position: a clock would run on while they are still holding the phone.
 */
export const IN_POSITION = {
  button: "I'm in position",
  why: "The article gives no time for getting into position or guiding the knee across; the session waits until you say you are in position.",
  source: "Limber product rule",
} as const;

export const SLOW_RETURN: StepTiming = {
  minSeconds: 5,
  targetSeconds: 8,
  chime: false,
  source: "Limber product rule",
  why: 'P7 says to "return to the center slowly" but gives no time; at least 5 s (8 s by default) keeps the return slow.',
};
export const TWIST_HOLD: StepTiming = {
  minSeconds: 30,
  targetSeconds: 30,
  chime: true,
  setting: "twistHoldSeconds",
  source: "P7",
  why: 'P7: "Hold the comfortable position for at least 30 seconds".',
};
export const COME_DOWN: StepTiming = {
  minSeconds: 0,
  targetSeconds: 10,
  chime: false,
  source: "Limber product rule",
  why: "The article gives no time for coming off the roller; 10 s is Limber's pace for lowering the hips with control.",
};

/** Every step duration, named, so each number is traced to its source and reason. */
export const STEP_TIMINGS = {
  "twist-hold": TWIST_HOLD,
  "slow-return": SLOW_RETURN,
  "come-down": COME_DOWN,
} as const satisfies Record<string, StepTiming>;
