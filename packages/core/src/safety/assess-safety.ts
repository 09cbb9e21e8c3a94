/**
 * The safety state: one value, computed from the latest screening, the journal and the clock, that every
 * screen, the session gate and a share show the same way (design: "Safety state"). Most severe first:
 * emergency > see-professional > rest-until > rescreen-needed > ready. When in doubt, the safer state wins.
 *
 * How the journal is read is given (`JournalReader`): safety-state.ts validates it with the journal contract
 * (any caller), trusted-safety-state.ts reads a record validated when it entered the device's store, so the
 * web's first screen needs no schema library. Both give the same state on a valid journal.
 */

import { sortEvents } from "../journal/event-order";
import type { JournalEvent } from "../journal/events";
import type { JournalContext } from "../journal/journal-context";
import { isTimeZone } from "../journal/local-day";
import { assess } from "../journal/run-rules";
import { isScreeningLinkId, type ScreeningLinkId, screeningItem } from "../screening/questionnaire";
import type { Source } from "../source";
import type { Instant } from "../units";
import { nextLocalMidnight } from "./next-local-midnight";
import {
  ACKNOWLEDGEABLE_CODES,
  ACKNOWLEDGEMENT_VALID_MS,
  type AcknowledgeableCode,
  type Acknowledgement,
  SAFETY_LEVELS,
  type SafetyInput,
  type SafetyLevel,
  type SafetyReason,
  type SafetyState,
  SCREENING_VALID_MS,
} from "./safety-model";
import { isStopForPain } from "./stop-for-pain";

/** The journal as the rules read it, or null when it cannot be read (the safer state then follows). */
export type JournalReader = (
  timeZone: string,
  now: Instant,
  events: readonly JournalEvent[],
) => JournalContext | null;

const PRODUCT_RULE: Source = "Limber product rule";
const iso = (epochMs: number) => new Date(epochMs).toISOString();
const rank = (level: SafetyLevel) => SAFETY_LEVELS.indexOf(level);
type Draft = Omit<SafetyReason, "acknowledgeable" | "acknowledged">;
const firm = (reason: Draft): SafetyReason => ({ ...reason, acknowledgeable: false, acknowledged: false });

/** The safety state, reading the journal with `readJournal`. */
export const safetyAssessor = (readJournal: JournalReader) =>
  /** Throws a RangeError for a `timeZone` that is not an IANA name: a caller's mistake, never a person's. */
  function assessSafety(input: SafetyInput): SafetyState {
    const { latestScreening, events, timeZone, now } = input;
    if (!isTimeZone(timeZone)) throw new RangeError(`"${timeZone}" is not an IANA time zone name`);
    const screenedAt = latestScreening ? Date.parse(latestScreening.at) : Number.NaN;
    // An unreadable screening date is no screening date: every event counts as after it.
    const sinceScreening = events.filter(
      (event) => Number.isNaN(screenedAt) || !(Date.parse(event.at) <= screenedAt),
    );
    const reasons: SafetyReason[] = [
      ...screeningReasons(latestScreening),
      ...checkInReasons(sinceScreening),
      ...journalReasons(input, readJournal),
    ];
    const standing = emergencyDayReasons(input, screenedAt, reasons);
    reasons.push(...standing.reasons);
    const rest = restReason(events, screenedAt, timeZone, now);
    if (rest) reasons.push(rest.reason);
    reasons.push(...clockReasons(latestScreening, screenedAt, now));
    // Array.prototype.sort is stable: equal levels keep screening, check-in, journal, session, clock order.
    reasons.sort((a, b) => rank(a.level) - rank(b.level));
    const level = reasons[0]?.level ?? "ready";
    return {
      level,
      reasons,
      ...(rest?.restUntil ? { restUntil: rest.restUntil } : {}),
      ...(standing.until ? { emergencyUntil: standing.until } : {}),
      sessionAllowed: reasons.every((reason) => reason.acknowledgeable && reason.acknowledged),
    };
  };

/** Every "yes" of the latest screening, at its own severity; never acknowledgeable. */
function screeningReasons(latest: SafetyInput["latestScreening"]): SafetyReason[] {
  if (!latest) return [];
  const since = latest.at;
  const reasons = latest.decision.reasons.map((reason) =>
    firm({
      code: reason.code,
      level: reason.severity,
      origin: "screening",
      message: reason.message,
      source: reason.source,
      since,
    }),
  );
  const { outcome } = latest.decision;
  // A decision whose outcome is not backed by a reason of that severity still blocks: the outcome wins.
  if (outcome !== "self-care" && !reasons.some((reason) => reason.level === outcome)) {
    reasons.push(
      firm({
        code: outcome,
        level: outcome,
        origin: "screening",
        message:
          outcome === "emergency"
            ? "Your last screening found a sign that needs urgent help. Call emergency services now."
            : "Your last screening said self-care is not right for you now. Please see a physical therapist or physician.",
        source: PRODUCT_RULE,
        since,
      }),
    );
  }
  return reasons;
}

/** A screening symptom reported in a check-in after the latest screening, at the screening's severity. */
function checkInReasons(sinceScreening: readonly JournalEvent[]): SafetyReason[] {
  const reasons: SafetyReason[] = [];
  const seen = new Set<string>();
  let firstNewSymptomAt: string | undefined;
  for (const event of sortEvents(sinceScreening)) {
    if (event.type !== "check-in") continue;
    for (const linkId of event.symptoms) {
      firstNewSymptomAt ??= event.at;
      if (seen.has(linkId)) continue;
      seen.add(linkId);
      const item = screeningItem(linkId);
      reasons.push(
        firm({
          code: linkId,
          level: item.severity,
          origin: "check-in",
          message: item.reason,
          source: item.source,
          since: event.at,
        }),
      );
    }
  }
  if (firstNewSymptomAt) {
    reasons.push(
      firm({
        code: "new-symptom",
        level: "rescreen-needed",
        origin: "check-in",
        message:
          "You reported a new symptom. Please answer the safety questions again before the next session.",
        source: PRODUCT_RULE,
        since: firstNewSymptomAt,
      }),
    );
  }
  return reasons;
}

type EmergencyAnswer = { code: ScreeningLinkId | "emergency"; origin: "screening" | "check-in"; at: string };

/** Every emergency answer on record: each screening's emergency reasons and each check-in's emergency symptom. */
function emergencyAnswers({
  latestScreening,
  earlierScreenings = [],
  events,
}: SafetyInput): EmergencyAnswer[] {
  const answers: EmergencyAnswer[] = [];
  for (const screening of [...(latestScreening ? [latestScreening] : []), ...earlierScreenings]) {
    const codes: EmergencyAnswer["code"][] = screening.decision.reasons
      .filter((reason) => reason.severity === "emergency")
      .map((reason) => reason.code);
    // An emergency outcome without an emergency reason is still an emergency answer.
    if (codes.length === 0 && screening.decision.outcome === "emergency") codes.push("emergency");
    for (const code of codes) answers.push({ code, origin: "screening", at: screening.at });
  }
  for (const event of events) {
    if (event.type !== "check-in") continue;
    for (const linkId of event.symptoms) {
      if (screeningItem(linkId).severity === "emergency") {
        answers.push({ code: linkId, origin: "check-in", at: event.at });
      }
    }
  }
  return answers;
}

/**
 * Product rule (C-emergency-stands-for-day): an emergency answer is never cleared the same local day. Each
 * one given before the next local midnight after it stands at emergency, whatever a newer screening says;
 * after that midnight, a screening taken before it (the same day) cannot clear it: a fresh one decides.
 * An answer with an unreadable date cannot be placed in a day, so it stands (the safer reading).
 */
function emergencyDayReasons(
  input: SafetyInput,
  screenedAt: number,
  present: readonly SafetyReason[],
): { reasons: SafetyReason[]; until?: string } {
  const { timeZone, now } = input;
  const reasons: SafetyReason[] = [];
  const standingCodes = new Set(present.filter((r) => r.level === "emergency").map((r) => r.code));
  let until: number | undefined;
  let latestMidnight = Number.NEGATIVE_INFINITY;
  for (const answer of emergencyAnswers(input)) {
    const at = Date.parse(answer.at);
    const midnight = Number.isNaN(at) ? Number.POSITIVE_INFINITY : nextLocalMidnight(at, timeZone);
    latestMidnight = Math.max(latestMidnight, midnight);
    if (!(now < midnight)) continue;
    if (Number.isFinite(midnight)) until = Math.max(until ?? midnight, midnight);
    if (standingCodes.has(answer.code)) continue;
    standingCodes.add(answer.code);
    reasons.push(
      firm({
        code: answer.code,
        level: "emergency",
        origin: answer.origin,
        message: isScreeningLinkId(answer.code)
          ? `${screeningItem(answer.code).reason} You reported this today, so it stands until tomorrow whatever a later screening says.`
          : "You reported a sign that needs urgent help today. Call emergency services now.",
        source: isScreeningLinkId(answer.code) ? screeningItem(answer.code).source : PRODUCT_RULE,
        since: answer.at,
      }),
    );
  }
  // Past its day, an emergency answer followed only by a screening from that same day asks for a fresh one.
  if (standingCodes.size === 0 && Number.isFinite(latestMidnight) && !(screenedAt >= latestMidnight)) {
    reasons.push(
      firm({
        code: "emergency-earlier-day",
        level: "rescreen-needed",
        origin: "clock",
        message:
          "You reported a sign that needs urgent help on an earlier day. Please answer the safety questions again today before a session.",
        source: PRODUCT_RULE,
        since: iso(latestMidnight),
      }),
    );
  }
  return { reasons, ...(until === undefined ? {} : { until: iso(until) }) };
}

/** The journal trend flags (P20, and repeated stops for pain): see-professional, acknowledgeable for 24 h. */
function journalReasons(
  { events, acknowledgements, timeZone, now }: SafetyInput,
  readJournal: JournalReader,
): SafetyReason[] {
  // Events dated after `now` (another device's clock) cannot be judged by the trend rules yet. The same event
  // stored twice counts once; two different events under one id make the journal unreadable (safer).
  const known = events.filter((event) => !(Date.parse(event.at) > now));
  const context = readJournal(timeZone, now, known);
  if (!context) {
    return [
      firm({
        code: "journal-unreadable",
        level: "see-professional",
        origin: "journal",
        message:
          "Part of your journal could not be read, so Limber cannot check it for warning signs. Until it can, please see a physical therapist or physician before another session.",
        source: PRODUCT_RULE,
      }),
    ];
  }
  return assess(context)
    .flags.flatMap((flag) => (isAcknowledgeableCode(flag.code) ? [{ ...flag, code: flag.code }] : []))
    .map((flag) => ({
      code: flag.code,
      level: "see-professional",
      origin: "journal",
      message: flag.message,
      source: flag.code === "repeated-sharp-pain" ? PRODUCT_RULE : "P20",
      // Stryker disable next-line ConditionalExpression: every trend flag carries since; the check only satisfies the optional type.
      ...(flag.since ? { since: flag.since } : {}),
      acknowledgeable: true,
      acknowledged: acknowledgements.some((ack) => isCurrentAcknowledgement(ack, flag.code, now)),
    }));
}

const ACKNOWLEDGEABLE: ReadonlySet<string> = new Set(ACKNOWLEDGEABLE_CODES);
const isAcknowledgeableCode = (code: string): code is AcknowledgeableCode => ACKNOWLEDGEABLE.has(code);

/** An acknowledgement counts only for the code it names, and only for 24 hours after it was given. */
function isCurrentAcknowledgement(ack: Acknowledgement, code: string, now: Instant): boolean {
  const at = Date.parse(ack.at);
  return ack.code === code && at <= now && now - at < ACKNOWLEDGEMENT_VALID_MS;
}

/**
 * P13 says to stop at sharp pain; the product rule adds: no session before the next local day, and then only
 * after a screening taken at or after that midnight.
 */
function restReason(
  events: readonly JournalEvent[],
  screenedAt: number,
  timeZone: string,
  now: Instant,
): { reason: SafetyReason; restUntil?: string } | undefined {
  // A stop with an unreadable date cannot be placed in a day; the journal rules flag it as unreadable.
  const stop = sortEvents(events)
    .filter(isStopForPain)
    .filter((session) => !Number.isNaN(Date.parse(session.at)))
    .at(-1);
  if (!stop) return undefined;
  const midnight = nextLocalMidnight(Date.parse(stop.at), timeZone);
  if (now < midnight) {
    return {
      restUntil: iso(midnight),
      reason: firm({
        code: "stopped-for-pain",
        level: "rest-until",
        origin: "session",
        message:
          "You stopped a session because of pain. Rest for today: the next session can start tomorrow, after you answer the safety questions again.",
        source: PRODUCT_RULE,
        since: stop.at,
      }),
    };
  }
  if (screenedAt >= midnight) return undefined;
  return {
    reason: firm({
      code: "stopped-for-pain",
      level: "rescreen-needed",
      origin: "session",
      message:
        "You stopped your last session because of pain. Please answer the safety questions again before the next one.",
      source: PRODUCT_RULE,
      since: stop.at,
    }),
  };
}

/** No screening, or one older than 24 hours (or with an unreadable date): screen again. */
function clockReasons(
  latest: SafetyInput["latestScreening"],
  screenedAt: number,
  now: Instant,
): SafetyReason[] {
  if (!latest) {
    return [
      firm({
        code: "no-screening",
        level: "rescreen-needed",
        origin: "screening",
        message: "Answer the safety questions before your first session.",
        source: PRODUCT_RULE,
      }),
    ];
  }
  if (now - screenedAt <= SCREENING_VALID_MS) return [];
  return [
    firm({
      code: "screening-expired",
      level: "rescreen-needed",
      origin: "clock",
      message: "Your last screening is more than 24 hours old. Please answer the safety questions again.",
      source: PRODUCT_RULE,
      ...(Number.isNaN(screenedAt) ? {} : { since: iso(screenedAt + SCREENING_VALID_MS) }),
    }),
  ];
}

export { type EmergencyNumber, emergencyNumberFor } from "./emergency-numbers";
export { EMERGENCY_LINK_IDS, EMERGENCY_WHY, type EmergencyLinkId } from "./emergency-why";
export { nextLocalMidnight } from "./next-local-midnight";
export { findRetractedAnswers, RETRACTION_WINDOW_MS } from "./retracted-answers";
export {
  groupReasons,
  type ReasonEnd,
  type ReasonGroup,
  reasonEnd,
  SAFETY_CHECK_DUE,
  type WayBack,
  wayBack,
} from "./way-back";
