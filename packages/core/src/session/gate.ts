/**
 * Whether a guided session may start: only on a self-care decision younger than 24 h, with no stop for pain
 * and no new symptom reported since (design: "Session rules"). The engine refuses to start otherwise.
 */
import type { JournalEvent } from "../journal/events";
import { SCREENING_VALID_MS } from "../safety/safety-state";
import type { Outcome } from "../screening/triage";
import type { Instant } from "../units";

export { SCREENING_VALID_MS };

export type GateInput = {
  readonly lastScreening: { readonly outcome: Outcome; readonly at: string } | null;
  readonly events: readonly JournalEvent[];
  readonly now: Instant;
};

export type GateRefusal = {
  readonly reason:
    | "no-screening"
    | "not-self-care"
    | "screening-expired"
    | "stopped-for-pain"
    | "new-symptom";
  readonly message: string;
};
export type GateResult = { readonly ok: true } | ({ readonly ok: false } & GateRefusal);

const refuse = (reason: GateRefusal["reason"], message: string): GateResult => ({
  ok: false,
  reason,
  message,
});

export function checkSessionGate({ lastScreening, events, now }: GateInput): GateResult {
  if (!lastScreening) return refuse("no-screening", "Answer the safety questions before your first session.");
  if (lastScreening.outcome !== "self-care") {
    return refuse(
      "not-self-care",
      "Your last screening said self-care is not right for you now. Please see a professional.",
    );
  }
  const screenedAt = Date.parse(lastScreening.at);
  if (!(now - screenedAt <= SCREENING_VALID_MS)) {
    return refuse(
      "screening-expired",
      "Your last screening is more than 24 hours old. Please answer the safety questions again.",
    );
  }
  const since = events.filter((event) => Date.parse(event.at) > screenedAt);
  if (since.some((event) => event.type === "session" && event.outcome === "stopped-for-pain")) {
    return refuse(
      "stopped-for-pain",
      "You stopped a session because of pain. Please answer the safety questions again before the next one.",
    );
  }
  if (since.some((event) => event.type === "check-in" && event.symptoms.length > 0)) {
    return refuse(
      "new-symptom",
      "You reported a new symptom. Please answer the safety questions again before the next session.",
    );
  }
  return { ok: true };
}
