/**
 * What ends each safety reason, and the earliest way back to a session (issue 15, "Reasons read once, each
 * with its way out"). The same reason met in several ways (a "yes" in the safety check and a journal trend)
 * is one line naming every place it came from; the reasons that a new safety check alone ends are one line.
 * Pure: dates come from the journal and the clock, local days from the person's IANA time zone.
 */
import type { JournalEvent } from "../journal/events";
import { localDay } from "../journal/local-day";
import { isSameEvent } from "../journal/same-event";
import { JOURNAL_THRESHOLDS as T } from "../journal/thresholds";
import type { Source } from "../source";
import { nextLocalMidnight } from "./next-local-midnight";
import {
  ACKNOWLEDGEMENT_VALID_MS,
  type SafetyInput,
  type SafetyLevel,
  type SafetyReason,
  type SafetyState,
} from "./safety-model";
import { isStopForPain } from "./stop-for-pain";

/** What ends one reason (or, for an acknowledgeable one, what ends it besides "I understand"). */
export type ReasonEnd =
  /** A new safety check that no longer finds it; not counted before `from` when given. */
  | { readonly kind: "safety-check"; readonly from?: string }
  /** The journal trend runs out at `at` if nothing new is recorded. */
  | {
      readonly kind: "date";
      readonly at: string;
      readonly when: "no-day-with-two-urges" | "fewer-than-two-stops";
    }
  /** P20 pain or stiffness: a check-in with both below `below` ends the run. */
  | { readonly kind: "eased-check-in"; readonly below: number }
  /** An unreadable journal: only readable entries end it. */
  | { readonly kind: "readable-journal" };

export type ReasonGroup = {
  /** The shared code, or SAFETY_CHECK_DUE for the reasons a new safety check alone ends. */
  readonly code: string;
  readonly level: Exclude<SafetyLevel, "ready">;
  /** The most severe member's words, or for SAFETY_CHECK_DUE one sentence with every "because". */
  readonly message: string;
  /** Every place it came from, each once, in the order of the reasons. */
  readonly origins: readonly SafetyReason["origin"][];
  /** Every source, each once. */
  readonly sources: readonly Source[];
  readonly since?: string;
  /** True when "I understand" lets sessions go on despite it (journal trends only, design). */
  readonly acknowledgeable: boolean;
  readonly acknowledged: boolean;
  /** What ends it, each kind once. */
  readonly ends: readonly ReasonEnd[];
  /** The codes of the reasons it stands for. */
  readonly codes: readonly string[];
};

/** The earliest way back to a session. */
export type WayBack =
  | { readonly kind: "open" }
  /** Part of the journal cannot be read: nothing the person does in Limber alone opens a session. */
  | { readonly kind: "unreadable-journal" }
  | {
      readonly kind: "steps";
      /** Not before this instant (the end of a rest, the next local day after an emergency); null: now. */
      readonly from: string | null;
      /** A new safety check is needed (at or after `from`). */
      readonly safetyCheck: boolean;
      /** The codes still to acknowledge ("I understand"), each once. */
      readonly acknowledge: readonly string[];
    };

export const SAFETY_CHECK_DUE = "safety-check-due";

/** Why a new safety check is due: the end of "Before the next session, the safety questions need answering again: ...". */
const SAFETY_CHECK_BECAUSE: Readonly<Record<string, string>> = {
  "no-screening": "you have not answered them yet",
  "screening-expired": "your last safety check is more than 24 hours old",
  "new-symptom": "you reported a new symptom in a check-in",
  "stopped-for-pain": "you stopped your last session because of pain",
};

const iso = (epochMs: number) => new Date(epochMs).toISOString();
const unique = <V>(values: readonly V[]) => [...new Set(values)];
/** "a", "a and b", "a, b and c". Made at first use, not when the first screen's code loads (ICU data). */
let and: Intl.ListFormat | undefined;
const listed = (words: readonly string[]) => {
  and ??= new Intl.ListFormat("en-GB");
  return and.format(words);
};
/** A new safety check, at any time. */
const AT_ANY_TIME: ReasonEnd = { kind: "safety-check" };

/** What ends one reason, read from the same journal and clock the safety state was computed from. */
export function reasonEnd(reason: SafetyReason, input: SafetyInput): ReasonEnd {
  // The journal's own trends end by themselves; the same code answered "yes" in a check ends with a new one.
  if (reason.origin === "journal") {
    switch (reason.code) {
      case "frequent-adjusting":
      case "repeated-sharp-pain":
        return trendEnd(input, TRENDS[reason.code]);
      case "persistent-48h":
        return { kind: "eased-check-in", below: T.persistentStiffness.value };
      case "journal-unreadable":
        return { kind: "readable-journal" };
    }
  }
  // Stryker disable next-line StringLiteral: any text that is not a date parses as NaN, as "" does.
  const since = Date.parse(reason.since ?? "");
  // Design: an emergency stands until a newer screening clears it, and never before the next local day.
  if (reason.level === "emergency" && !Number.isNaN(since)) {
    return { kind: "safety-check", from: iso(nextLocalMidnight(since, input.timeZone)) };
  }
  // Design: after a stop for pain, no session before the next local day, then a fresh screening.
  if (reason.code === "stopped-for-pain" && reason.level === "rest-until" && reason.since !== undefined) {
    return { kind: "safety-check", from: iso(nextLocalMidnight(since, input.timeZone)) };
  }
  return AT_ANY_TIME;
}

/** A journal trend that runs out by itself: which events it counts, and how many within a group. */
type Trend = {
  readonly counts: (event: JournalEvent) => boolean;
  /** Counted per local day (urges), or over the whole 7 days (stops). */
  readonly perLocalDay: boolean;
  readonly needed: number;
  readonly when: "no-day-with-two-urges" | "fewer-than-two-stops";
};

const TRENDS: Readonly<Record<"frequent-adjusting" | "repeated-sharp-pain", Trend>> = {
  // P20: a need to adjust the back several times a day.
  "frequent-adjusting": {
    counts: (event) => event.type === "adjust-urge",
    perLocalDay: true,
    needed: T.adjustUrgesPerDay.value,
    when: "no-day-with-two-urges",
  },
  // Product rule: two stops for sharp pain within 7 days.
  "repeated-sharp-pain": {
    counts: isStopForPain,
    perLocalDay: false,
    needed: T.sharpPainStops.value,
    when: "fewer-than-two-stops",
  },
};

/**
 * When a 7-day trend runs out if nothing new is recorded: the rule counts events at or after now - 7 days, so
 * a local day (or the week) stops counting 1 ms after its second-latest event is 7 days old. Events older than
 * the window need no filter: a group whose needed-th latest event is older ends before now, which max() drops.
 */
function trendEnd(input: SafetyInput, trend: Trend): ReasonEnd {
  const window = T.recentWindowMs.value;
  // Events dated after now (another device's clock) are not judged yet.
  const times = input.events
    .filter(trend.counts)
    .map((event) => Date.parse(event.at))
    .filter((at) => at <= input.now)
    .sort((a, b) => a - b);
  const groups = trend.perLocalDay ? byLocalDay(times, input.timeZone) : [times];
  const ends = groups
    .filter((group) => group.length >= trend.needed)
    .map((group) => (group.at(-trend.needed) as number) + window + 1);
  return { kind: "date", at: iso(Math.max(...ends, input.now)), when: trend.when };
}

/** The instants in groups, one per local day, in the order given. */
function byLocalDay(times: readonly number[], timeZone: string): number[][] {
  const days = new Map<string, number[]>();
  for (const at of times) {
    const day = localDay(at, timeZone);
    days.set(day, [...(days.get(day) ?? []), at]);
  }
  return [...days.values()];
}

/** The state's reasons, each once, with what ends it; most severe first, as the state lists them. */
export function groupReasons(state: SafetyState, input: SafetyInput): ReasonGroup[] {
  const byCode = new Map<string, { reasons: SafetyReason[]; ends: ReasonEnd[] }>();
  const checkDue: SafetyReason[] = [];
  for (const reason of state.reasons) {
    const end = reasonEnd(reason, input);
    // Reasons only a new safety check ends, at no particular time, read as one line.
    if (reason.level === "rescreen-needed" && isSameEvent(end, AT_ANY_TIME)) {
      checkDue.push(reason);
      continue;
    }
    const group = byCode.get(reason.code) ?? { reasons: [], ends: [] };
    group.reasons.push(reason);
    if (!group.ends.some((known) => isSameEvent(known, end))) group.ends.push(end);
    byCode.set(reason.code, group);
  }
  const groups = [...byCode].map(([code, { reasons, ends }]) =>
    newGroup(code, reasons, ends, (reasons[0] as SafetyReason).message),
  );
  if (checkDue.length > 0) {
    const because = unique(checkDue.map((reason) => SAFETY_CHECK_BECAUSE[reason.code] ?? reason.message));
    groups.push(
      newGroup(
        SAFETY_CHECK_DUE,
        checkDue,
        [AT_ANY_TIME],
        `Before the next session, the safety questions need answering again: ${listed(because)}.`,
      ),
    );
  }
  return groups;
}

function newGroup(
  code: string,
  reasons: readonly SafetyReason[],
  ends: readonly ReasonEnd[],
  message: string,
): ReasonGroup {
  const lead = reasons[0] as SafetyReason;
  return {
    code,
    level: lead.level,
    message,
    origins: unique(reasons.map((r) => r.origin)),
    sources: unique(reasons.map((r) => r.source)),
    ...(lead.since === undefined ? {} : { since: lead.since }),
    // One of its parts that cannot be acknowledged makes the whole line one that cannot.
    acknowledgeable: reasons.every((r) => r.acknowledgeable),
    acknowledged: reasons.every((r) => r.acknowledged),
    ends,
    codes: unique(reasons.map((r) => r.code)),
  };
}

/**
 * The earliest way back to a session: wait until `from` (the latest of the dates that cannot be skipped),
 * answer the safety questions again if any reason needs it, and say "I understand" to each journal trend
 * still standing. Following it opens a session (see way-back.test.ts, which checks it against assessSafety).
 */
export function wayBack(state: SafetyState, input: SafetyInput): WayBack {
  if (state.sessionAllowed) return { kind: "open" };
  let from: number = input.now;
  // Design: an emergency answered today stands for the rest of that local day, whatever a later check says.
  if (state.emergencyUntil !== undefined) from = Math.max(from, Date.parse(state.emergencyUntil));
  let safetyCheck = false;
  for (const reason of state.reasons) {
    if (reason.code === "journal-unreadable") return { kind: "unreadable-journal" };
    const end = reasonEnd(reason, input);
    // A journal trend ends by itself, and "I understand" lets sessions go on despite it (below).
    if (end.kind !== "safety-check") continue;
    safetyCheck = true;
    if (end.from !== undefined) from = Math.max(from, Date.parse(end.from));
  }
  // An "I understand" counts for 24 hours: one that runs out before `from` is asked again then.
  const coveredAt = (code: string) =>
    input.acknowledgements.some((ack) => {
      const at = Date.parse(ack.at);
      return ack.code === code && at <= from && from - at < ACKNOWLEDGEMENT_VALID_MS;
    });
  const acknowledge = unique(
    state.reasons.filter((r) => r.acknowledgeable && !coveredAt(r.code)).map((r) => r.code),
  );
  return { kind: "steps", from: from > input.now ? iso(from) : null, safetyCheck, acknowledge };
}
