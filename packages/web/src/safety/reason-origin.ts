/** Where a safety reason came from, in the words the notice uses ("from your safety check"). */
import type { SafetyReason } from "@limber/core/safety/safety-state";

const ORIGIN_LABEL: Readonly<Record<SafetyReason["origin"], string>> = {
  screening: "your safety check",
  "check-in": "a check-in",
  journal: "your journal",
  session: "a session you stopped",
  clock: "the time since your last safety check",
};

export function originLabel(origin: SafetyReason["origin"]): string {
  return ORIGIN_LABEL[origin];
}

/**
 * Local date and time a person reads at a glance, e.g. "Wednesday 2 December, 00:00"; local midnight reads
 * as the start of that day ("the start of Wednesday 2 December").
 */
export function localDateTime(iso: string, locale?: string): string {
  const at = new Date(iso);
  const day = at.toLocaleDateString(locale, { weekday: "long", day: "numeric", month: "long" });
  if (at.getHours() === 0 && at.getMinutes() === 0) return `the start of ${day}`;
  return `${day}, ${at.toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit" })}`;
}
