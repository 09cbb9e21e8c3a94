/** The person's session settings, validated against the article's bounds. */
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

export const TWIST_HOLD_MIN_SECONDS = 30;
export const TWIST_HOLD_MAX_SECONDS = 120;

export const DEFAULT_SESSION_SETTINGS: SessionSettings = {
  autoAdvance: true,
  tightSpotSeconds: TIGHT_SPOT_PAUSE.maxSeconds,
  twistHoldSeconds: TWIST_HOLD_MIN_SECONDS,
};

export function parseSessionSettings(settings: SessionSettings): Result<SessionSettings> {
  const issues: Issue[] = [];
  const { tightSpotSeconds, twistHoldSeconds } = settings;
  if (
    !Number.isInteger(tightSpotSeconds) ||
    tightSpotSeconds < TIGHT_SPOT_PAUSE.minSeconds ||
    tightSpotSeconds > TIGHT_SPOT_PAUSE.maxSeconds
  ) {
    issues.push({
      code: "invalid_setting",
      path: "tightSpotSeconds",
      message: "must be a whole number of seconds from 20 to 30 (P5)",
    });
  }
  if (
    !Number.isInteger(twistHoldSeconds) ||
    twistHoldSeconds < TWIST_HOLD_MIN_SECONDS ||
    twistHoldSeconds > TWIST_HOLD_MAX_SECONDS
  ) {
    issues.push({
      code: "invalid_setting",
      path: "twistHoldSeconds",
      message: "must be a whole number of seconds from 30 to 120 (P7: at least 30)",
    });
  }
  return issues.length > 0 ? fail(issues) : ok(settings);
}
