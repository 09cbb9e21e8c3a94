/**
 * Reading a journal back from a file Limber saved (this app's JSON download or the server's export).
 * Every event is checked against the journal contract; the ones that fail are counted, never guessed at.
 * Screenings are not restored: a screening decides whether a session may start, so it must be answered fresh.
 */
import { type JournalEvent, journalEventSchema } from "@limber/core/journal/events";

export type RestoreResult =
  | { readonly ok: true; readonly events: readonly JournalEvent[]; readonly invalid: number }
  | { readonly ok: false; readonly message: string };

export function parseRecordFile(text: string): RestoreResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: 'This file is not JSON. Choose a file Limber saved with "Download my record (JSON)".',
    };
  }
  const list = (parsed as { events?: unknown } | null)?.events;
  if (!Array.isArray(list)) {
    return {
      ok: false,
      message: 'This file has no journal in it. Choose a file Limber saved with "Download my record (JSON)".',
    };
  }
  const events: JournalEvent[] = [];
  for (const raw of list) {
    const event = journalEventSchema.safeParse(raw);
    if (event.success) events.push(event.data);
  }
  return { ok: true, events, invalid: list.length - events.length };
}
