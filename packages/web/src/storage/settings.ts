/** The person's preferences for guided sessions and display, with the article's limits on timings. */
import { emergencyNumberEntry } from "@limber/core/safety/emergency-numbers";

export type Theme = "system" | "light" | "dark";

export type Settings = {
  readonly speech: boolean;
  readonly chime: boolean;
  readonly autoAdvance: boolean;
  /** P5: pause on a tight spot for 20 to 30 seconds. */
  readonly tightSpotSeconds: number;
  /** P7: hold each side of the twist for at least 30 seconds. */
  readonly twistHoldSeconds: number;
  readonly theme: Theme;
  /** The number the emergency notice dials; null uses the number of the person's country (below). */
  readonly emergencyNumber: string | null;
  /** "Your country" (ISO 3166-1 alpha-2) for the emergency number; null takes it from the device's language. */
  readonly country: string | null;
};

export const TIGHT_SPOT_SECONDS = { min: 20, max: 30 } as const; // P5
export const TWIST_HOLD_SECONDS = { min: 30, max: 120 } as const; // P7: at least 30 s; the cap is a product choice
const THEMES: readonly Theme[] = ["system", "light", "dark"];

export const DEFAULT_SETTINGS: Settings = {
  speech: true,
  chime: true,
  autoAdvance: true,
  tightSpotSeconds: 30,
  twistHoldSeconds: 30,
  theme: "system",
  emergencyNumber: null,
  country: null,
};

export type SettingsIssue = { readonly path: keyof Settings; readonly message: string };

/** A dialable number: digits, optionally after a leading "+", 2 to 15 of them (E.164 allows 15). */
export const EMERGENCY_NUMBER_PATTERN = /^\+?[0-9]{2,15}$/;

const isWhole = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n);

/** Lists every way `settings` breaks the rules; empty when it is valid. */
export function findSettingsIssues(settings: Record<string, unknown>): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  for (const key of ["speech", "chime", "autoAdvance"] as const) {
    if (typeof settings[key] !== "boolean") issues.push({ path: key, message: "must be on or off" });
  }
  const tight = settings.tightSpotSeconds;
  if (!isWhole(tight) || tight < TIGHT_SPOT_SECONDS.min || tight > TIGHT_SPOT_SECONDS.max) {
    issues.push({
      path: "tightSpotSeconds",
      message: `must be a whole number of seconds from ${TIGHT_SPOT_SECONDS.min} to ${TIGHT_SPOT_SECONDS.max} (P5)`,
    });
  }
  const twist = settings.twistHoldSeconds;
  if (!isWhole(twist) || twist < TWIST_HOLD_SECONDS.min || twist > TWIST_HOLD_SECONDS.max) {
    issues.push({
      path: "twistHoldSeconds",
      message: `must be a whole number of seconds from ${TWIST_HOLD_SECONDS.min} to ${TWIST_HOLD_SECONDS.max} (P7: at least 30)`,
    });
  }
  if (!THEMES.includes(settings.theme as Theme)) {
    issues.push({ path: "theme", message: `must be one of ${THEMES.join(", ")}` });
  }
  const emergency = settings.emergencyNumber;
  if (emergency !== null && (typeof emergency !== "string" || !EMERGENCY_NUMBER_PATTERN.test(emergency))) {
    issues.push({
      path: "emergencyNumber",
      message:
        "must be a phone number of 2 to 15 digits (a leading + is allowed), or empty for the usual number",
    });
  }
  const country = settings.country;
  if (
    country !== null &&
    (typeof country !== "string" || !emergencyNumberEntry(country) || country !== country.toUpperCase())
  ) {
    issues.push({
      path: "country",
      message: "must be a country code from the list, or empty for the device's language",
    });
  }
  return issues;
}
