/** Sessions, stops and urges in a period, counted for the visit summary. */
import type { JournalEvent, SessionEvent, TechniqueId } from "@limber/core/journal/events";
import { localDay } from "@limber/core/journal/local-day";

export type SessionTally = {
  readonly byTechnique: Readonly<
    Record<TechniqueId, { completed: number; stopped: number; abandoned: number }>
  >;
  readonly stops: readonly SessionEvent[];
  readonly urges: number;
  /** The most urges on any one local day: several a day is a reason to see a professional (P20). */
  readonly mostUrgesInADay: number;
};

/** Urges are counted per local day in the journal's zone, the days the rules count (P20). */
export function tallySessions(events: readonly JournalEvent[], timeZone: string): SessionTally {
  const byTechnique = {
    "thoracic-foam-roll": { completed: 0, stopped: 0, abandoned: 0 },
    "supine-spinal-twist": { completed: 0, stopped: 0, abandoned: 0 },
  };
  const stops: SessionEvent[] = [];
  const urgesPerDay = new Map<string, number>();
  for (const event of events) {
    if (event.type === "session") {
      const row = byTechnique[event.technique];
      if (event.outcome === "completed") row.completed += 1;
      else if (event.outcome === "stopped-for-pain") {
        row.stopped += 1;
        stops.push(event);
      } else row.abandoned += 1;
    } else if (event.type === "adjust-urge") {
      const day = localDay(Date.parse(event.at), timeZone);
      urgesPerDay.set(day, (urgesPerDay.get(day) ?? 0) + 1);
    }
  }
  const counts = [...urgesPerDay.values()];
  return {
    byTechnique,
    stops,
    urges: counts.reduce((a, b) => a + b, 0),
    mostUrgesInADay: Math.max(0, ...counts),
  };
}
