/** The journal rules (design: "Journal contract"), one small pure function each. */
import { screeningItem } from "../screening/questionnaire";
import { DAY_MS } from "../units";
import type { AdjustUrge, CheckIn, SessionEvent } from "./events";
import type { Flag, JournalContext, TimedEvent } from "./journal-context";
import { localDay } from "./local-day";
import { JOURNAL_THRESHOLDS as T } from "./thresholds";

type Rule = (context: JournalContext) => Flag[];

/** The recent window in whole days, as trend messages name it. */
const WINDOW_DAYS = Math.round(T.recentWindowMs.value / DAY_MS);
type Timed<E> = E & { readonly epochMs: number };

const iso = (epochMs: number) => new Date(epochMs).toISOString();
const ofType =
  <K extends TimedEvent["type"]>(type: K) =>
  (event: TimedEvent): event is Extract<TimedEvent, { type: K }> =>
    event.type === type;
const recent = (context: JournalContext) => (event: TimedEvent) =>
  event.epochMs >= context.nowMs - T.recentWindowMs.value;

/** P20 ("back pain or stiffness"): a check-in with either at the product threshold or above is not eased. */
export const notEased = (checkIn: Pick<CheckIn, "stiffness" | "pain">): boolean =>
  checkIn.stiffness >= T.persistentStiffness.value || checkIn.pain >= T.persistentStiffness.value;

/** P20: back pain or stiffness persisting more than 48 h despite gentle stretching (a completed session in the run). */
export const persistentPainOrStiffness: Rule = ({ events }) => {
  const checkIns = events.filter(ofType("check-in")) as Timed<CheckIn>[];
  const latest = checkIns.at(-1);
  if (!latest || !notEased(latest)) return [];
  let first = latest;
  for (let i = checkIns.length - 2; i >= 0; i--) {
    const checkIn = checkIns[i] as Timed<CheckIn>;
    if (!notEased(checkIn)) break;
    first = checkIn;
  }
  if (latest.epochMs - first.epochMs <= T.persistentMs.value) return [];
  const stretched = events.some(
    (event) =>
      // Stryker disable next-line ConditionalExpression: only sessions carry an outcome; the check says what is meant.
      event.type === "session" &&
      event.outcome === "completed" &&
      event.epochMs >= first.epochMs &&
      event.epochMs <= latest.epochMs,
  );
  if (!stretched) return [];
  return [
    {
      code: "persistent-48h",
      severity: "see-professional",
      // P20 gives the 48 hours; the level is Limber's own, and the message says so.
      message: `Your back pain or stiffness has not eased for over 48 hours despite gentle stretching (Limber counts ${T.persistentStiffness.value}/10 or more as not eased). It is time to consult a physical therapist or physician.`,
      since: iso(first.epochMs),
    },
  ];
};

/** P20: a frequent need to adjust the back, two or more urges on one local day within the last 7 days. */
export const frequentAdjusting: Rule = (context) => {
  const perDay = new Map<string, Timed<AdjustUrge>[]>();
  for (const urge of context.events
    .filter(ofType("adjust-urge"))
    .filter(recent(context)) as Timed<AdjustUrge>[]) {
    const day = localDay(urge.epochMs, context.timeZone);
    perDay.set(day, [...(perDay.get(day) ?? []), urge]);
  }
  const frequentDays = [...perDay.values()].filter((urges) => urges.length >= T.adjustUrgesPerDay.value);
  const firstDay = frequentDays[0];
  if (!firstDay?.[0]) return [];
  const days = frequentDays.length;
  // A 7 x 24 h window that starts mid-day touches 8 calendar days: never say "8 of the last 7 days".
  const when = days <= WINDOW_DAYS ? `on ${days} of the last 7 days` : `on each of the last ${days} days`;
  return [
    {
      code: "frequent-adjusting",
      severity: "see-professional",
      // P20 gives "multiple times a day"; the 7-day look-back is Limber's own, and the message says so.
      message: `You felt the urge to crack your back several times a day ${when} (Limber looks back 7 days). A frequent need to adjust your back is a reason to consult a physical therapist or physician.`,
      since: iso(firstDay[0].epochMs),
    },
  ];
};

/** Product rule: two or more sessions stopped for sharp pain within the last 7 days. */
export const repeatedSharpPain: Rule = (context) => {
  const stops = (context.events.filter(ofType("session")) as Timed<SessionEvent>[])
    .filter(recent(context))
    .filter((session) => session.outcome === "stopped-for-pain");
  const first = stops[0];
  if (stops.length < T.sharpPainStops.value || !first) return [];
  return [
    {
      code: "repeated-sharp-pain",
      severity: "see-professional",
      message: `You stopped ${stops.length} sessions for sharp pain in the last 7 days. Please have a physical therapist or physician look at your back before you continue.`,
      since: iso(first.epochMs),
    },
  ];
};

/** A recent check-in that reports a screening symptom flags it with the screening's severity. */
export const reportedSymptoms: Rule = (context) => {
  const firstReported = new Map<CheckIn["symptoms"][number], number>();
  for (const checkIn of context.events
    .filter(ofType("check-in"))
    .filter(recent(context)) as Timed<CheckIn>[]) {
    for (const symptom of checkIn.symptoms) {
      if (!firstReported.has(symptom)) firstReported.set(symptom, checkIn.epochMs);
    }
  }
  return [...firstReported].map(([linkId, epochMs]) => {
    const item = screeningItem(linkId);
    return { code: linkId, severity: item.severity, message: item.reason, since: iso(epochMs) };
  });
};

export const JOURNAL_RULES: readonly Rule[] = [
  persistentPainOrStiffness,
  frequentAdjusting,
  repeatedSharpPain,
  reportedSymptoms,
];
