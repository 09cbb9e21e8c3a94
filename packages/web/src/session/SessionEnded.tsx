/**
 * After a session that did not complete: a stop for pain says what to do next (P13, P20) and that the next
 * session needs a fresh screening; an ended session offers the check-in.
 */
import type { SessionOutcome } from "@limber/core/journal/events";
import { useEffect } from "preact/hooks";
import { checkInPath } from "../app/routes";

export function SessionEnded(props: {
  outcome: SessionOutcome;
  eventId: string | null;
  saveError: string | null;
}) {
  const checkIn = props.eventId ? `#${checkInPath(props.eventId)}` : "#/journal";
  // The session's controls are gone: start the keyboard and screen reader at this screen's heading.
  useEffect(() => document.getElementById("ended-title")?.focus(), []);
  if (props.outcome === "stopped-for-pain") {
    return (
      <section aria-labelledby="ended-title" data-testid="session-stopped-for-pain">
        <h1 id="ended-title" tabIndex={-1}>
          You stopped because of pain
        </h1>
        <div class="banner banner-warn">
          <p>
            <strong>That was the right thing to do.</strong> Sharp, shooting or intense pain means stop (P13).
          </p>
        </div>
        <h2>What to do now</h2>
        <ul>
          <li>
            Move slowly into a position that feels comfortable, and rest. Do not try the technique again
            today.
          </li>
          <li>
            If the pain stays, keeps coming back, or you stop sessions for pain again, see a physical
            therapist or physician (P20).
          </li>
          <li>
            Call emergency services now if you notice numbness around your genitals or bottom, new bladder or
            bowel problems, weakness or numbness in both legs, or chest pain.
          </li>
          <li>Before your next session you will answer the safety questions again.</li>
        </ul>
        <SaveStatus {...props} />
        <div class="actions">
          <a class="button primary" href={checkIn} data-testid="session-go-check-in">
            Record how you feel
          </a>
          <a class="button" href="#/explain/help">
            When to get help
          </a>
        </div>
      </section>
    );
  }
  return (
    <section aria-labelledby="ended-title" data-testid="session-ended">
      <h1 id="ended-title" tabIndex={-1}>
        {props.outcome === "completed" ? "Session complete" : "Session ended"}
      </h1>
      <p>Rest for a moment before you get up. How does your back feel now?</p>
      <SaveStatus {...props} />
      <div class="actions">
        <a class="button primary" href={checkIn} data-testid="session-go-check-in">
          Record how you feel
        </a>
        <a class="button" href="#/">
          Home
        </a>
      </div>
    </section>
  );
}

function SaveStatus({ saveError }: { saveError: string | null }) {
  if (!saveError) return null;
  return (
    <p class="field-error" role="alert">
      {saveError}
    </p>
  );
}
