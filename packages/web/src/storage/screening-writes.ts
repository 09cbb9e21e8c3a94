/**
 * Storing a screening: a complete one, or one stopped at its first emergency answer. Both are one record
 * written by one writer, queued for sync with it, and a complete one's retracted answers as a fact of their own.
 */
import { RETRACTION_WORDS } from "@limber/core/safety/safety-fact-words";
import type { ScreeningLinkId } from "@limber/core/screening/questionnaire";
import type { Answers, Decision } from "@limber/core/screening/triage";
import type { CompleteScreeningRecord, ScreeningRecord, StoppedScreeningRecord } from "./screening-record";
import { newestFirst, putAndQueue, queue, type StoreContext } from "./store-context";

type Distributive<T> = T extends unknown ? Omit<T, "id" | "at"> : never;
/** A screening as the person gave it: everything but the id and the time, which the store assigns. */
type ScreeningFields = Distributive<ScreeningRecord>;

export function createScreeningWrites(context: StoreContext) {
  const { clock, newId, screenings } = context;

  async function writeScreening(fields: ScreeningFields): Promise<ScreeningRecord> {
    const id = newId();
    const retracted = fields.retracted ?? [];
    // The retraction is a safety fact of its own on the server, sent after the screening it names; its id is
    // kept on the record so the device's own export names the same fact.
    const retractionId = retracted.length > 0 ? newId() : undefined;
    const record = {
      id,
      at: new Date(clock.wallNow()).toISOString(),
      ...fields,
      ...(retractionId ? { retractionId } : {}),
    } as ScreeningRecord;
    const retraction = retractionId !== undefined && {
      id: retractionId,
      screeningId: record.id,
      at: record.at,
      linkIds: retracted,
      words: RETRACTION_WORDS,
    };
    await context.commit(
      [
        ...putAndQueue(clock, "screenings", record.id, record, { op: "screening", record }),
        ...(retraction ? [queue(clock, { op: "retraction", fact: retraction })] : []),
      ],
      () => {
        screenings.value = newestFirst([record, ...screenings.value]);
      },
      { queued: true },
    );
    return record;
  }

  return {
    recordScreening: (
      answers: Answers,
      decision: Decision,
      /** Earlier "yes" answers the person confirmed were a mistake (see `CompleteScreeningRecord`). */
      retracted: readonly ScreeningLinkId[] = [],
    ): Promise<ScreeningRecord> =>
      writeScreening({
        answers,
        decision,
        ...(retracted.length > 0 ? { retracted } : {}),
      } satisfies Distributive<CompleteScreeningRecord>),

    /** A screening that ended at an emergency answer: only the questions asked, queued like any screening. */
    recordStoppedScreening: (
      answers: StoppedScreeningRecord["answers"],
      stoppedAt: ScreeningLinkId,
      decision: Decision,
    ): Promise<ScreeningRecord> =>
      writeScreening({ answers, decision, stoppedAt } satisfies Distributive<StoppedScreeningRecord>),
  };
}
