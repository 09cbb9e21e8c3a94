/**
 * assessJournal: reads a person's journal and says when the trend means it is time to see a professional.
 * The rules are small pure functions over validated, time-sorted events; the most severe flag wins. This is the
 * path for input that cannot be trusted; a journal validated when it was stored takes `assessTrusted` instead.
 */
import { z } from "zod";
import { fail, type Issue, ok, type Result } from "../result";
import { fromZodIssues } from "../zod-issues";
import { sortEvents } from "./event-order";
import { instantSchema, type JournalEvent, journalEventSchema } from "./events";
import { instantMs } from "./instant-ms";
import type { Assessment, JournalContext, TimedEvent } from "./journal-context";
import { isTimeZone } from "./local-day";
import { assess } from "./run-rules";
import { isSameEvent } from "./same-event";

export { assessTrusted, type TrustedJournal } from "./assess-trusted";
export type { Assessment, Flag, JournalContext, TimedEvent } from "./journal-context";
export { assess } from "./run-rules";

const inputSchema = z.strictObject({
  timeZone: z.string({ error: "must be an IANA time zone name, such as Europe/London" }),
  now: instantSchema,
  events: z.array(z.unknown(), { error: "must be an array of journal events" }),
});

/** Validates the whole input and reports every problem at once, each with its path. */
export function parseJournalInput(input: unknown): Result<JournalContext> {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) return fail(fromZodIssues(parsed.error.issues));
  const { timeZone, now, events } = parsed.data;
  const issues: Issue[] = [];
  if (!isTimeZone(timeZone)) {
    issues.push({
      code: "invalid_time_zone",
      path: "timeZone",
      message: `"${timeZone}" is not an IANA time zone name, such as Europe/London`,
    });
  }
  const nowMs = Date.parse(now);
  const seen = new Map<string, JournalEvent>();
  const timed: TimedEvent[] = [];
  events.forEach((raw, index) => {
    const event = journalEventSchema.safeParse(raw);
    if (!event.success) {
      issues.push(...fromZodIssues(event.error.issues, `events.${index}`, "invalid_event"));
      return;
    }
    const epochMs = instantMs(event.data.at);
    if (epochMs > nowMs) {
      issues.push({
        code: "event_after_now",
        path: `events.${index}.at`,
        message: `is after "now" (${now}); events cannot be in the future`,
      });
      return;
    }
    const earlier = seen.get(event.data.id);
    if (earlier !== undefined && isSameEvent(earlier, event.data)) return; // the same event sent twice counts once
    if (earlier !== undefined) {
      issues.push({
        code: "duplicate_event",
        path: `events.${index}.id`,
        message: "another event has this id with different content",
      });
      return;
    }
    seen.set(event.data.id, event.data);
    timed.push({ epochMs, ...event.data }); // the instant first: see assess-trusted.ts
  });
  if (issues.length > 0) return fail(issues);
  // Ties on time are broken by id, so simultaneous events give the same result whatever order they arrive in.
  return ok({ timeZone, nowMs, events: sortEvents(timed) });
}

export function assessJournal(input: unknown): Result<Assessment> {
  const context = parseJournalInput(input);
  return context.ok ? ok(assess(context.value)) : context;
}
