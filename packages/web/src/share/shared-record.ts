/**
 * The record a share answers (the shape of GET /api/export) and what the clinician's view derives from it:
 * the latest screening, the safety state the core computes from it, and the escalation criteria met.
 */
import { JOURNAL_TRIGGERS } from "@limber/core/content/escalation";
import type { JournalEvent } from "@limber/core/journal/events";
import type { Plan } from "@limber/core/plan/plan";
import type { AcknowledgementFact, RetractionFact } from "@limber/core/safety/safety-facts";
import type { SafetyReason, SafetyState } from "@limber/core/safety/safety-state";
import { SCREENING_ITEMS } from "@limber/core/screening/questionnaire";
import type { Source } from "@limber/core/source";
import { instant } from "@limber/core/units";
import type { ScreeningRecord } from "../storage/screening-record";

export type SharedRecord = {
  readonly user: { readonly id: string; readonly email: string; readonly role: string };
  /** Oldest first, as the export sends them. */
  readonly screenings: readonly ScreeningRecord[];
  readonly events: readonly JournalEvent[];
  /** The person's plan (absent from records exported before plans existed). */
  readonly plan?: Plan | null;
  /** Safety facts (absent from servers older than issue 20). */
  readonly acknowledgements?: readonly AcknowledgementFact[];
  readonly retractions?: readonly RetractionFact[];
  readonly exportedAt: string;
};

/** Screenings newest first, as the visit summary's components expect them. */
export const newestFirst = (record: SharedRecord): ScreeningRecord[] => record.screenings.slice().reverse();

/**
 * The safety state as the core computes it from the shared record at the moment it was read, in the
 * clinician's time zone. Acknowledgements stay on the person's device, so none are counted here: a journal
 * flag the person acknowledged still shows, which is the safer reading.
 */
/** The core's validating safety state: a shared record comes from a server, not from this device's store. */
export type ValidatingSafetyCore = Pick<typeof import("@limber/core/safety/safety-state"), "assessSafety">;

export function sharedSafety(
  core: ValidatingSafetyCore,
  record: SharedRecord,
  timeZone: string,
): SafetyState {
  const [latest, ...earlier] = newestFirst(record);
  return core.assessSafety({
    latestScreening: latest ? { decision: latest.decision, at: latest.at } : null,
    earlierScreenings: earlier.map(({ decision, at }) => ({ decision, at })),
    events: record.events,
    acknowledgements: [],
    timeZone,
    now: instant(Date.parse(record.exportedAt)),
  });
}

export type Criterion = {
  readonly code: string;
  readonly text: string;
  readonly level: "emergency" | "see-professional";
  readonly from: string;
  readonly source: Source;
  readonly since?: string;
};

const QUESTION_BY_CODE = new Map<string, string>(SCREENING_ITEMS.map((item) => [item.linkId, item.question]));
const TRIGGER_BY_CODE = new Map<string, string>(JOURNAL_TRIGGERS.map((t) => [t.code, t.text]));

const FROM: Readonly<Record<SafetyReason["origin"], string>> = {
  screening: "answered yes in the safety check",
  "check-in": "reported in a check-in",
  journal: "seen in the journal",
  session: "sessions stopped for pain",
  clock: "time since the safety check",
};

/**
 * The reasons to see a professional or emergency services that the record meets, most severe first, one
 * line per criterion however many ways it was met (a "yes" in the safety check and a journal trend alike).
 */
export function criteriaMet(state: SafetyState): Criterion[] {
  const byCode = new Map<string, Criterion>();
  for (const reason of state.reasons) {
    if (reason.level !== "emergency" && reason.level !== "see-professional") continue;
    const known = byCode.get(reason.code);
    if (known) {
      byCode.set(reason.code, { ...known, from: `${known.from}; ${FROM[reason.origin]}` });
      continue;
    }
    byCode.set(reason.code, {
      code: reason.code,
      text: TRIGGER_BY_CODE.get(reason.code) ?? QUESTION_BY_CODE.get(reason.code) ?? reason.message,
      level: reason.level,
      from: FROM[reason.origin],
      source: reason.source,
      ...(reason.since === undefined ? {} : { since: reason.since }),
    });
  }
  return [...byCode.values()];
}

export { FROM as ORIGIN_FOR_CLINICIAN };
