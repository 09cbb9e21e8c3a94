/**
 * "Reasons to see a professional" on the visit summary: every reason the latest screening, check-ins and
 * the journal raised (the safety state's, and the journal assessment's for the last 7 days), and every stop
 * for sharp pain in the period (P13), so the page never says "none" while something stands (C-messages-agree).
 */
import type { Flag } from "@limber/core/journal/assess";
import type { SessionEvent } from "@limber/core/journal/events";
import type { SafetyReason, SafetyState } from "@limber/core/safety/safety-state";
import { isScreeningLinkId, screeningItem } from "@limber/core/screening/questionnaire";
import type { Source } from "@limber/core/source";

export type SummaryReason = {
  readonly key: string;
  readonly code: string;
  readonly text: string;
  /** Where it came from, in words: "safety check", "check-in", "journal", "session". */
  readonly from: string;
  readonly source: Source;
  readonly urgent: boolean;
};

const FROM: Readonly<Record<SafetyReason["origin"], string>> = {
  screening: "safety check",
  "check-in": "check-in",
  journal: "journal",
  session: "session",
  clock: "safety check",
};

/** The journal's trend rules and where each comes from (design: "Journal contract"). */
const TREND_SOURCES = {
  "persistent-48h": "P20",
  "frequent-adjusting": "P20",
  "repeated-sharp-pain": "Limber product rule",
} as const satisfies Record<string, Source>;

/** Reasons about timing alone (no screening yet, an old one, a rest): not reasons to see anyone. */
const TIMING_ONLY = new Set(["no-screening", "screening-expired", "new-symptom", "stopped-for-pain"]);

export function summaryReasons(input: {
  readonly state: SafetyState | null;
  readonly journalFlags: readonly Flag[];
  readonly stops: readonly SessionEvent[];
  readonly describeStop: (stop: SessionEvent) => string;
}): SummaryReason[] {
  const reasons: SummaryReason[] = [];
  const seen = new Set<string>();
  const add = (reason: SummaryReason) => {
    if (seen.has(reason.key)) return;
    seen.add(reason.key);
    // The same reason met in another way (a "yes" in the safety check and a journal trend) is one line.
    const same = reason.code === "stopped-for-pain" ? -1 : reasons.findIndex((r) => r.code === reason.code);
    const known = reasons[same];
    if (known) {
      reasons[same] = {
        ...known,
        from: `${known.from} and ${reason.from}`,
        urgent: known.urgent || reason.urgent,
      };
      return;
    }
    reasons.push(reason);
  };
  for (const reason of input.state?.reasons ?? []) {
    if (TIMING_ONLY.has(reason.code)) continue;
    add({
      key: `${reason.origin === "clock" ? "screening" : reason.origin}-${reason.code}`,
      code: reason.code,
      text: reason.message,
      from: FROM[reason.origin],
      source: reason.source,
      urgent: reason.level === "emergency",
    });
  }
  for (const flag of input.journalFlags) {
    // A trend flag is the journal's; any other code is a screening item reported in a check-in.
    const trend = flag.code in TREND_SOURCES;
    const origin = trend ? "journal" : "check-in";
    add({
      key: `${origin}-${flag.code}`,
      code: flag.code,
      text: flag.message,
      from: origin,
      source: trend
        ? (TREND_SOURCES[flag.code as keyof typeof TREND_SOURCES] ?? "P20")
        : isScreeningLinkId(flag.code)
          ? screeningItem(flag.code).source
          : "Limber product rule",
      urgent: flag.severity === "emergency",
    });
  }
  for (const stop of input.stops) {
    add({
      key: `stop-${stop.id}`,
      code: "stopped-for-pain",
      text: input.describeStop(stop),
      from: "session",
      source: "P13",
      urgent: false,
    });
  }
  return reasons.sort((a, b) => Number(b.urgent) - Number(a.urgent));
}
