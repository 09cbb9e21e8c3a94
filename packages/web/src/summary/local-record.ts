/** The device's record in the server export's shapes: JSON as `GET /api/export`, FHIR through the core. */
import { sortEvents } from "@limber/core/journal/event-order";
import type { PersonRecord } from "@limber/core/record/fhir-bundle";
import { ACKNOWLEDGE_WORDS, RETRACTION_WORDS } from "@limber/core/safety/safety-fact-words";
import type { AcknowledgementFact, RetractionFact } from "@limber/core/safety/safety-facts";
import { ACKNOWLEDGEABLE_CODES } from "@limber/core/safety/safety-model";
import type { AcknowledgementRecord } from "../storage/acknowledgement-record";
import type { ScreeningRecord } from "../storage/screening-record";

export type LocalRecord = PersonRecord;

const acknowledgeable: ReadonlySet<string> = new Set(ACKNOWLEDGEABLE_CODES);

/**
 * The safety facts as the server keeps them (oldest first, in the journal's one order): each "I understand", and each earlier "yes"
 * said to be a mistake, named by the fact id it was sent under. A record made before either was kept whole
 * gets the words the app asked for at the time.
 */
export function localSafetyFacts(
  screenings: readonly ScreeningRecord[],
  acknowledgements: readonly AcknowledgementRecord[],
): { acknowledgements: AcknowledgementFact[]; retractions: RetractionFact[] } {
  const byTime = <T extends { at: string }>(list: T[]) =>
    list.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return {
    acknowledgements: byTime(
      acknowledgements.flatMap((fact) =>
        acknowledgeable.has(fact.code)
          ? [
              {
                ...fact,
                code: fact.code as AcknowledgementFact["code"],
                words: fact.words ?? ACKNOWLEDGE_WORDS,
              },
            ]
          : [],
      ),
    ),
    retractions: sortEvents(
      screenings.flatMap((screening) =>
        screening.retractionId && screening.retracted?.length
          ? [
              {
                id: screening.retractionId,
                screeningId: screening.id,
                at: screening.at,
                linkIds: [...screening.retracted],
                words: RETRACTION_WORDS,
              },
            ]
          : [],
      ),
    ),
  };
}

/** The whole record as JSON, the same shape as the server's `GET /api/export` (`user` is null when local only). */
export function toRecordJson(record: LocalRecord, user: { id: string; email: string; role: string } | null) {
  return {
    user,
    screenings: record.screenings,
    events: record.events,
    acknowledgements: record.acknowledgements ?? [],
    retractions: record.retractions ?? [],
    plan: record.plan ?? null,
    exportedAt: record.exportedAt,
  };
}
