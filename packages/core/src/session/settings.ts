/**
 * The person's session settings and their bounds, validated here once: the engine, the web's settings screen
 * and its stored preferences all use these limits and this parser.
 */
import { STEP_TIMINGS } from "../content/techniques";
import { TIGHT_SPOT_PAUSE } from "../content/tight-spot";
import { fail, type Issue, ok, type Result } from "../result";

export type SessionSettings = {
  /** Steps with a target duration end by themselves; off: the person taps Next. */
  readonly autoAdvance: boolean;
  /** P5: 20 to 30 s. */
  readonly tightSpotSeconds: number;
  /** P7: at least 30 s. Capped at 120 s so a typo cannot make a hold absurd. */
  readonly twistHoldSeconds: number;
};

export type SecondsLimit = { readonly min: number; readonly max: number };

export const TWIST_HOLD_MIN_SECONDS = STEP_TIMINGS["twist-hold"].minSeconds; // P7
export const TWIST_HOLD_MAX_SECONDS = 120; // product rule: a typo cannot make a hold absurd

/** The whole seconds each timing setting may take. */
export const SESSION_SETTING_LIMITS = {
  tightSpotSeconds: { min: TIGHT_SPOT_PAUSE.minSeconds, max: TIGHT_SPOT_PAUSE.maxSeconds }, // P5
  twistHoldSeconds: { min: TWIST_HOLD_MIN_SECONDS, max: TWIST_HOLD_MAX_SECONDS }, // P7
} as const satisfies Record<string, SecondsLimit>;

export const DEFAULT_SESSION_SETTINGS: SessionSettings = {
  autoAdvance: true,
  tightSpotSeconds: TIGHT_SPOT_PAUSE.maxSeconds,
  twistHoldSeconds: TWIST_HOLD_MIN_SECONDS,
};

const WHY = { tightSpotSeconds: "P5", twistHoldSeconds: `P7: at least ${TWIST_HOLD_MIN_SECONDS}` } as const;

const isWholeWithin = (value: unknown, limit: SecondsLimit) =>
  typeof value === "number" && Number.isInteger(value) && value >= limit.min && value <= limit.max;

/** Checks every session setting at once; other keys beside them (display preferences) are left out. */
export function parseSessionSettings(input: unknown): Result<SessionSettings> {
  const given = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  const issues: Issue[] = [];
  if (typeof given.autoAdvance !== "boolean") {
    issues.push({ code: "invalid_setting", path: "autoAdvance", message: "must be on or off" });
  }
  for (const key of ["tightSpotSeconds", "twistHoldSeconds"] as const) {
    const limit = SESSION_SETTING_LIMITS[key];
    if (!isWholeWithin(given[key], limit)) {
      issues.push({
        code: "invalid_setting",
        path: key,
        message: `must be a whole number of seconds from ${limit.min} to ${limit.max} (${WHY[key]})`,
      });
    }
  }
  if (issues.length > 0) return fail(issues);
  const { autoAdvance, tightSpotSeconds, twistHoldSeconds } = given as SessionSettings;
  return ok({ autoAdvance, tightSpotSeconds, twistHoldSeconds });
}
