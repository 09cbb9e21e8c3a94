/**
 * The person's safety state for the clinician: the level in words and colour, and every reason with where it
 * came from, since when, and its source. Computed by the core's assessSafety, the same rules the person's
 * own screens use (design: "Safety state").
 */
import type { SafetyLevel, SafetyState } from "@limber/core/safety/safety-state";
import { Cite } from "../sources/Cite";
import { formatWhen } from "./share-words";
import { ORIGIN_FOR_CLINICIAN } from "./shared-record";

const LEVEL: Readonly<Record<SafetyLevel, { title: string; says: string; tone: string }>> = {
  emergency: {
    title: "Emergency",
    says: "Limber told your patient to call emergency services and offers no technique until a newer safety check on a later day clears it.",
    tone: "emergency",
  },
  "see-professional": {
    title: "See a physical therapist or physician",
    says: "Limber asked your patient to be assessed by a physical therapist or physician.",
    tone: "caution",
  },
  "rest-until": {
    title: "Resting after a stop for pain",
    says: "Your patient stopped a session for sharp pain; Limber offers no session before the next day and a new safety check.",
    tone: "caution",
  },
  "rescreen-needed": {
    title: "Safety check due",
    says: "Limber asks your patient to answer the safety questions again before the next session.",
    tone: "neutral",
  },
  ready: {
    title: "No reason to pause self-care",
    says: "Nothing in this record gives Limber a reason to pause guided self-care.",
    tone: "ready",
  },
};

export function SharedSafety({ state }: { readonly state: SafetyState }) {
  const level = LEVEL[state.level];
  return (
    <section
      class={`shared-safety shared-tone-${level.tone}`}
      aria-labelledby="shared-safety-title"
      data-testid="shared-safety"
      data-level={state.level}
    >
      <p class="shared-eyebrow">Safety state now</p>
      <h2 id="shared-safety-title">{level.title}</h2>
      <p>
        {level.says}
        {state.restUntil ? ` Rest ends ${formatWhen(state.restUntil)}.` : ""}
      </p>
      {state.reasons.length > 0 ? (
        <h3 class="shared-reasons-title">Every reason, as Limber put it to your patient</h3>
      ) : null}
      {state.reasons.length > 0 ? (
        <ul class="shared-reasons" data-testid="shared-reasons">
          {state.reasons.map((reason) => (
            <li key={`${reason.code}-${reason.origin}`} data-level={reason.level}>
              <span>{reason.message}</span>{" "}
              <span class="muted">
                (
                {reason.code === "no-screening"
                  ? "no safety check has reached the server"
                  : ORIGIN_FOR_CLINICIAN[reason.origin]}
                {reason.since ? `, since ${formatWhen(reason.since)}` : ""})
              </span>{" "}
              <Cite source={reason.source} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
