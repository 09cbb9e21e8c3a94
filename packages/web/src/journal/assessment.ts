/** The core's journal assessment over this device's events, in the person's own time zone. */
import type { Assessment } from "@limber/core/journal/assess";
import { assessTrusted } from "@limber/core/journal/assess-trusted";
import type { JournalEvent } from "@limber/core/journal/events";
import { deviceTimeZone } from "../safety/safety-input";

/**
 * The device's events were validated with the journal contract when they entered the store (a write, an
 * import, a sync), so only the rules run here, not the schemas again at every render (the same trusted
 * reading the safety state uses). Events after `nowMs` (another device's clock running ahead) are left out
 * rather than refused: the assessment is about what has happened so far.
 */
export function assessEvents(
  events: readonly JournalEvent[],
  nowMs: number,
  timeZone?: string,
): { ok: true; assessment: Assessment } | { ok: false; message: string } {
  // Nothing recorded (a first visit, or the record not yet loaded): no rule can flag anything, so the zone is
  // not read; its first read loads the browser's zone data, 100 ms or more on a phone, in the first render.
  if (events.length === 0) return { ok: true, assessment: { recommendation: "self-care", flags: [] } };
  const assessment = assessTrusted({ timeZone: timeZone ?? deviceTimeZone(), nowMs, events });
  if (assessment) return { ok: true, assessment };
  return {
    ok: false,
    message: "Your journal could not be assessed (another event has this id with different content).",
  };
}
