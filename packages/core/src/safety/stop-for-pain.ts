import type { JournalEvent, SessionEvent } from "../journal/events";

/** A session the person stopped because of sharp pain (P13): the rest after it and the repeated-stops trend. */
export function isStopForPain(event: JournalEvent): event is SessionEvent {
  // Stryker disable next-line ConditionalExpression: only sessions carry an outcome; the check narrows the type.
  if (event.type !== "session") return false;
  return event.outcome === "stopped-for-pain";
}
