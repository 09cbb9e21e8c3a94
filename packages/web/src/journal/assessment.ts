/** The core's journal assessment over this device's events, in the person's own time zone. */
import { type Assessment, assessJournal } from "@limber/core/journal/assess";
import type { JournalEvent } from "@limber/core/journal/events";
import { deviceTimeZone } from "../safety/safety-input";

/**
 * Events after `nowMs` (another device's clock running ahead) are left out rather than refused: the
 * assessment is about what has happened so far.
 */
export function assessEvents(
  events: readonly JournalEvent[],
  nowMs: number,
  timeZone = deviceTimeZone(),
): { ok: true; assessment: Assessment } | { ok: false; message: string } {
  const past = events.filter((event) => Date.parse(event.at) <= nowMs);
  const result = assessJournal({ timeZone, now: new Date(nowMs).toISOString(), events: past });
  if (result.ok) return { ok: true, assessment: result.value };
  return {
    ok: false,
    message: `Your journal could not be assessed (${result.issues.map((i) => i.message).join("; ")}).`,
  };
}
