/** The person's preferences for guided sessions and display; the limits on timings are core's. */
import { emergencyNumberEntry } from "@limber/core/safety/emergency-numbers";
import {
  DEFAULT_SESSION_SETTINGS,
  parseSessionSettings,
  type SessionSettings,
} from "@limber/core/session/settings";

export type Theme = "system" | "light" | "dark";

/** The session's own settings (bounded by core) and the person's display and emergency preferences. */
export type Settings = SessionSettings & {
  readonly speech: boolean;
  readonly chime: boolean;
  readonly theme: Theme;
  /** The number the emergency notice dials; null uses the number of the person's country (below). */
  readonly emergencyNumber: string | null;
  /** "Your country" (ISO 3166-1 alpha-2) for the emergency number; null takes it from the device's language. */
  readonly country: string | null;
};

const THEMES: readonly Theme[] = ["system", "light", "dark"];

export const DEFAULT_SETTINGS: Settings = {
  ...DEFAULT_SESSION_SETTINGS,
  speech: true,
  chime: true,
  theme: "system",
  emergencyNumber: null,
  country: null,
};

export type SettingsIssue = { readonly path: keyof Settings; readonly message: string };

/** A dialable number: digits, optionally after a leading "+", 2 to 15 of them (E.164 allows 15). */
export const EMERGENCY_NUMBER_PATTERN = /^\+?[0-9]{2,15}$/;

/** Lists every way `settings` breaks the rules; empty when it is valid. */
export function findSettingsIssues(settings: Record<string, unknown>): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  for (const key of ["speech", "chime"] as const) {
    if (typeof settings[key] !== "boolean") issues.push({ path: key, message: "must be on or off" });
  }
  // The session's timings are core's rule (P5, P7): the web keeps no limits of its own.
  const session = parseSessionSettings(settings);
  if (!session.ok) {
    for (const issue of session.issues)
      issues.push({ path: issue.path as keyof Settings, message: issue.message });
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
