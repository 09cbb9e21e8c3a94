/**
 * The safety state's shape and its fixed windows: what assessSafety (safety-state.ts) reads and answers, and
 * what the way back (way-back.ts) reasons about. A leaf, so those two never import each other.
 */
import type { JournalEvent } from "../journal/events";
import type { ScreeningLinkId } from "../screening/questionnaire";
import type { Decision } from "../screening/triage";
import type { Source } from "../source";
import { DAY_MS, type Instant } from "../units";

export type SafetyLevel = "emergency" | "see-professional" | "rest-until" | "rescreen-needed" | "ready";
/** A journal trend flag a person may acknowledge and go on (see `ACKNOWLEDGEABLE_CODES`). */
export type AcknowledgeableCode = (typeof ACKNOWLEDGEABLE_CODES)[number];
/** Why the safety state is what it is: every code a reason can carry, so a screen compares against a known one. */
export type SafetyReasonCode =
  /** A screening answer or a symptom reported in a check-in. */
  | ScreeningLinkId
  /** A screening whose outcome no reason of that severity backs. */
  | "emergency"
  | "see-professional"
  | "new-symptom"
  | "emergency-earlier-day"
  | "journal-unreadable"
  | AcknowledgeableCode
  | "stopped-for-pain"
  | "no-screening"
  | "screening-expired";
export type SafetyReason = {
  code: SafetyReasonCode;
  level: Exclude<SafetyLevel, "ready">;
  origin: "screening" | "check-in" | "journal" | "session" | "clock";
  /** Plain words for the person. */
  message: string;
  source: Source;
  /** ISO instant the reason arose. */
  since?: string;
  /** True only for the journal trend flags. */
  acknowledgeable: boolean;
  acknowledged: boolean;
};
export type SafetyState = {
  /** The most severe reason's level, or "ready". */
  level: SafetyLevel;
  /** Every reason, most severe first. */
  reasons: SafetyReason[];
  /**
   * While a rest-until reason stands (always at level rest-until, and under a more severe level too): the
   * next local midnight after the latest stop for pain.
   */
  restUntil?: string;
  /**
   * While an emergency answer given today stands (C-emergency-stands-for-day): the next local midnight after
   * the latest one. Until then no screening clears the emergency.
   */
  emergencyUntil?: string;
  /** True iff every reason is acknowledgeable and acknowledged (or there are none). */
  sessionAllowed: boolean;
};
/** An explicit, recorded "I understand" naming the reason it acknowledges. */
export type Acknowledgement = { code: string; at: string };
export type ScreeningAt = { decision: Decision; at: string };
export type SafetyInput = {
  latestScreening: ScreeningAt | null;
  /**
   * The screenings before the latest, in any order: an emergency answer in one of them still stands until the
   * next local midnight after it. Omitted means none are known (a record holding one screening).
   */
  earlierScreenings?: readonly ScreeningAt[];
  events: readonly JournalEvent[];
  acknowledgements: readonly Acknowledgement[];
  /** IANA time zone name: the person's local days. */
  timeZone: string;
  now: Instant;
};

/** From the most severe to the least; the index is the rank used to sort reasons. */
export const SAFETY_LEVELS = [
  "emergency",
  "see-professional",
  "rest-until",
  "rescreen-needed",
  "ready",
] as const satisfies readonly SafetyLevel[];

/** Product rule: a screening answers for 24 hours. */
export const SCREENING_VALID_MS = DAY_MS;
/** Product rule: an acknowledgement of a journal trend flag covers it for 24 hours, then it is asked again. */
export const ACKNOWLEDGEMENT_VALID_MS = DAY_MS;
/** The journal trend flags (P20 and a product rule): the only reasons a person may acknowledge and go on. */
export const ACKNOWLEDGEABLE_CODES = ["persistent-48h", "frequent-adjusting", "repeated-sharp-pain"] as const;
