/**
 * `#/check-in?after=<sessionEventId>`: the quick check-in after a session (or any time). Once saved it
 * shows the journal assessment and, when something new was reported, asks for a fresh screening.
 */
import { TECHNIQUES } from "@limber/core/content/techniques";
import type { CheckIn } from "@limber/core/journal/events";
import { useEffect, useRef, useState } from "preact/hooks";
import { wallNow } from "../app/clock";
import { announce } from "../app/live-region";
import type { RouteProps } from "../app/routes";
import { events, recordEvent } from "../storage/store";
import { AssessmentBanner } from "./AssessmentBanner";
import { assessEvents } from "./assessment";
import { CheckInForm } from "./CheckInForm";
import "./journal.css";

function SessionContext({ sessionId }: { sessionId: string | null }) {
  const session = events.value.find((e) => e.id === sessionId);
  if (session?.type !== "session") return null;
  const name = TECHNIQUES[session.technique].name;
  if (session.outcome === "stopped-for-pain") {
    return (
      <p class="banner banner-warn">
        You stopped the {name} because of pain, which was the right thing to do (P13). Rest, and screen again
        before your next session. If the pain is severe or does not settle, see a physical therapist or
        physician.
      </p>
    );
  }
  return <p class="muted">How do you feel after the {name}?</p>;
}

function Saved({ checkIn }: { checkIn: CheckIn }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const result = assessEvents(events.value, wallNow());
  return (
    <section aria-labelledby="saved-title">
      <h2 id="saved-title" tabIndex={-1} ref={heading}>
        Check-in saved
      </h2>
      {checkIn.symptoms.length > 0 ? (
        <div class="banner banner-warn" data-testid="checkin-rescreen">
          <p>
            You reported something new, so please answer the safety screening again before your next session.
          </p>
          <a class="button primary" href="#/screening">
            Screen again
          </a>
        </div>
      ) : null}
      {result.ok ? (
        <AssessmentBanner assessment={result.assessment} />
      ) : (
        <p class="field-error">{result.message}</p>
      )}
      <div class="actions">
        <a class="button" href="#/journal">
          See your journal
        </a>
      </div>
    </section>
  );
}

export default function CheckInRoute({ query }: RouteProps) {
  const [saved, setSaved] = useState<CheckIn | null>(null);
  const submit = async (checkIn: CheckIn) => {
    await recordEvent(checkIn);
    announce("Check-in saved.");
    setSaved(checkIn);
  };
  return (
    <article class="journal">
      <h1>Quick check-in</h1>
      <SessionContext sessionId={query.get("after")} />
      {saved ? <Saved checkIn={saved} /> : <CheckInForm onSubmit={submit} />}
    </article>
  );
}
