/**
 * "When to get help": every trigger Limber knows, grouped by urgency with who to see, and the person's own
 * flagged ones (latest screening answers, journal assessment) marked in words as well as colour.
 */
import { ESCALATION, JOURNAL_TRIGGERS } from "@limber/core/content/escalation";
import { SAFETY_REMINDER } from "@limber/core/content/safety";
import { SCREENING_ITEMS } from "@limber/core/screening/questionnaire";
import { storeReady } from "../app/store-ready";
import { events, screenings } from "../storage/store";
import "./explain.css";
import { flaggedTriggers } from "./flagged-triggers";

type Trigger = { code: string; text: string; source: string };

const EMERGENCY: Trigger[] = SCREENING_ITEMS.filter((item) => item.severity === "emergency").map((item) => ({
  code: item.linkId,
  text: item.reason,
  source: item.source,
}));
const PROFESSIONAL: Trigger[] = [
  ...SCREENING_ITEMS.filter((item) => item.severity === "see-professional").map((item) => ({
    code: item.linkId,
    text: item.reason,
    source: item.source,
  })),
  ...JOURNAL_TRIGGERS.filter((trigger) => !SCREENING_ITEMS.some((item) => item.linkId === trigger.code)),
];
const SHARP_PAIN = SAFETY_REMINDER.find((item) => item.id === "stop-sharp-pain");

export default function WhenToGetHelpRoute() {
  const flagged = storeReady.value
    ? flaggedTriggers({
        screenings: screenings.value,
        events: events.value,
        now: new Date(),
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      })
    : null;
  const codes = flagged?.codes ?? new Set<string>();
  return (
    <section aria-labelledby="help-title">
      <h1 id="help-title">When to get help</h1>
      <p>
        Limber gives self-care guidance only; it cannot diagnose you. These are the signs that mean self-care
        is not enough.
      </p>
      {codes.size > 0 && (
        <p class="banner banner-warn" data-testid="help-flagged-summary">
          {codes.size === 1 ? "One sign below applies" : `${codes.size} signs below apply`} to you, from your
          latest screening or your journal. They are marked "Applies to you".
        </p>
      )}
      {flagged?.journalError && <p class="field-error">{flagged.journalError}</p>}

      <h2>Call emergency services now</h2>
      <p>
        {ESCALATION.emergency.action} <span class="source">({ESCALATION.emergency.source})</span>
      </p>
      <TriggerList triggers={EMERGENCY} flagged={codes} />

      <h2>See a physical therapist or physician</h2>
      <p>
        {ESCALATION["see-professional"].action} {ESCALATION["see-professional"].why}{" "}
        <span class="source">({ESCALATION["see-professional"].source})</span>
      </p>
      <TriggerList triggers={PROFESSIONAL} flagged={codes} />

      <h2>During a session</h2>
      {SHARP_PAIN && (
        <p>
          {SHARP_PAIN.text} Use the <strong>Stop: sharp pain</strong> button or the Escape key.{" "}
          <span class="source">({SHARP_PAIN.source})</span>
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

function TriggerList({ triggers, flagged }: { triggers: readonly Trigger[]; flagged: ReadonlySet<string> }) {
  return (
    <ul class="trigger-list">
      {triggers.map((trigger) => {
        const applies = flagged.has(trigger.code);
        return (
          <li
            key={trigger.code}
            class={applies ? "is-flagged" : undefined}
            data-trigger={trigger.code}
            data-flagged={applies ? "true" : undefined}
          >
            {applies && <span class="flag-badge">Applies to you:</span>}
            {trigger.text} <span class="source">({trigger.source})</span>
          </li>
        );
      })}
    </ul>
  );
}
