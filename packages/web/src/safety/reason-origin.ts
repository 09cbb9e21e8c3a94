/** Where a safety reason came from, in the words the notice uses ("from your safety check"). */
import { localParts } from "@limber/core/plan/zoned-time";
import type { SafetyReason } from "@limber/core/safety/safety-state";
import { deviceTimeZone } from "./safety-input";

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

type Formats = { readonly day: Intl.DateTimeFormat; readonly time: Intl.DateTimeFormat };

/**
 * Made once per locale and zone, not at every call: a formatter costs more than the formatting (issue 19:
 * the screen after "Stop: sharp pain" reads several of these times). The zone is the device's, re-read as
 * `deviceTimeZone` says, so a device carried into another zone gets new formatters.
 */
const formats = new Map<string, Formats>();

function formatsFor(locale: string | undefined, timeZone: string): Formats {
  const key = `${locale ?? ""} ${timeZone}`;
  let found = formats.get(key);
  if (!found) {
    found = {
      day: new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", timeZone }),
      time: new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", timeZone }),
    };
    formats.set(key, found);
  }
  return found;
}

/**
 * Local date and time a person reads at a glance, e.g. "Wednesday 2 December, 00:00"; local midnight reads
 * as the start of that day ("the start of Wednesday 2 December").
 */
export function localDateTime(iso: string, locale?: string): string {
  const at = new Date(iso);
  const timeZone = deviceTimeZone();
  const { day, time } = formatsFor(locale, timeZone);
  const date = day.format(at);
  // Midnight in the same zone the words are in.
  if (localParts(at.getTime(), timeZone).minutes === 0) return `the start of ${date}`;
  return `${date}, ${time.format(at)}`;
}
