/**
 * "When to get help": the call button first, in the first screenful of a phone (C-call-wherever-emergency),
 * then the person's own safety state (an emergency in red with its call link), then
 * every trigger Limber knows, grouped by urgency with who to see, the person's own marked in words as
 * well as colour, and each emergency sign with its own "why".
 */
import { ESCALATION, JOURNAL_TRIGGERS } from "@limber/core/content/escalation";
import { SAFETY_REMINDER } from "@limber/core/content/safety";
import { EMERGENCY_WHY, type EmergencyLinkId } from "@limber/core/safety/emergency-why";
import { SCREENING_ITEMS } from "@limber/core/screening/questionnaire";
import type { Source } from "@limber/core/source";
import { SYMPTOM_LABELS } from "../journal/symptom-labels";
import { CallButton } from "../safety/CallButton";
import { SafetyNotice } from "../safety/SafetyNotice";
import { useSafetyState } from "../safety/use-safety-state";
import { Cite } from "../sources/Cite";
import "./explain.css";
import "./WhenToGetHelpRoute.css";
import { flaggedTriggers } from "./flagged-triggers";

type Trigger = { code: string; text: string; source: Source; why?: { text: string; source: Source } };

// Each emergency sign by its name, then its own why (C-emergency-why-per-flag), so no sentence is said twice.
const EMERGENCY: Trigger[] = SCREENING_ITEMS.filter((item) => item.severity === "emergency").map((item) => ({
  code: item.linkId,
  text: SYMPTOM_LABELS[item.linkId],
  source: item.source,
  why: EMERGENCY_WHY[item.linkId as EmergencyLinkId],
}));
const PROFESSIONAL: Trigger[] = [
  ...SCREENING_ITEMS.filter((item) => item.severity === "see-professional").map((item) => ({
    code: item.linkId,
    text: item.reason,
    source: item.source,
  })),
  ...JOURNAL_TRIGGERS.filter((trigger) => !SCREENING_ITEMS.some((item) => item.linkId === trigger.code)),
];
const TRIGGER_CODES: ReadonlySet<string> = new Set([...EMERGENCY, ...PROFESSIONAL].map((t) => t.code));
const SHARP_PAIN = SAFETY_REMINDER.find((item) => item.id === "stop-sharp-pain");

export default function WhenToGetHelpRoute() {
  const view = useSafetyState();
  const state = view.status === "known" ? view.state : null;
  const codes = state ? flaggedTriggers(state, TRIGGER_CODES) : new Set<string>();
  return (
    <section class="help" aria-labelledby="help-title">
      <h1 id="help-title">When to get help</h1>
      {state?.level === "emergency" ? (
        <SafetyNotice state={state} />
      ) : (
        <div class="help-call" data-testid="help-call-first">
          <p>
            <strong>Any of the emergency signs below?</strong> Call emergency services now.
          </p>
          <CallButton testId="help-emergency-call" />
        </div>
      )}
      {state && state.level !== "ready" && state.level !== "emergency" && <SafetyNotice state={state} />}
      <p>
        Limber gives self-care guidance only; it cannot diagnose you. These are the signs that mean self-care
        is not enough.
      </p>
      {/* With an emergency the red notice above says what applies; no amber line beneath it. */}
      {codes.size > 0 && state?.level !== "emergency" && (
        <p class="help-flagged" data-testid="help-flagged-summary">
          {codes.size === 1 ? "One sign below applies" : `${codes.size} signs below apply`} to you, from your
          safety check or your journal. They are marked "Applies to you".
        </p>
      )}
      {view.status === "unavailable" && (
        <p class="field-error">
          Your record could not be checked, so the signs that apply to you are not marked.
        </p>
      )}

      <h2>Call emergency services now</h2>
      <p>Do not use the foam roller or do the twist if you have any of these:</p>
      <TriggerList triggers={EMERGENCY} flagged={codes} urgent />

      <h2>See a physical therapist or a physician</h2>
      <p>
        {ESCALATION["see-professional"].action} {ESCALATION["see-professional"].why}{" "}
        <Cite source={ESCALATION["see-professional"].source} />
      </p>
      <TriggerList triggers={PROFESSIONAL} flagged={codes} />

      <h2>During a session</h2>
      {SHARP_PAIN && (
        <p>
          {SHARP_PAIN.text} Tap the red Stop button, always on screen during a session.{" "}
          <Cite source={SHARP_PAIN.source} />
        </p>
      )}
      <div class="actions">
        <a class="button" href="#/summary">
          Visit summary to bring
        </a>
      </div>
    </section>
  );
}

function TriggerList(props: {
  triggers: readonly Trigger[];
  flagged: ReadonlySet<string>;
  urgent?: boolean;
}) {
  const { triggers, flagged, urgent = false } = props;
  return (
    <ul class="trigger-list">
      {triggers.map((trigger) => {
        const applies = flagged.has(trigger.code);
        return (
          <li
            key={trigger.code}
            class={applies ? (urgent ? "is-flagged is-urgent" : "is-flagged") : undefined}
            data-trigger={trigger.code}
            data-flagged={applies ? "true" : undefined}
          >
            {applies && <span class="flag-badge">Applies to you:</span>}
            {trigger.why ? <strong>{trigger.text}</strong> : trigger.text} <Cite source={trigger.source} />
            {trigger.why && (
              <span class="trigger-why" data-why={trigger.code}>
                {trigger.why.text} <Cite source={trigger.why.source} />
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
