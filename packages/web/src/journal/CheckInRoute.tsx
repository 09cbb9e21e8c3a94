/**
 * `#/check-in?after=<sessionEventId>`: the quick check-in after a session (or any time). Once saved, the
 * question gives way to "Check-in saved" and the safety state in its own words: never a green "no warning
 * signs" while a warning (a stop for pain, a new symptom) stands (C-messages-agree).
 */
import { TECHNIQUES } from "@limber/core/content/techniques";
import type { CheckIn } from "@limber/core/journal/events";
import { PERSISTENT_HOURS } from "@limber/core/journal/thresholds";
import { screeningItem } from "@limber/core/screening/questionnaire";
import { useEffect, useRef, useState } from "preact/hooks";
import { announce } from "../app/live-region";
import type { RouteProps } from "../app/paths";
import { CallButton } from "../safety/CallButton";
import { SafetyNotice } from "../safety/SafetyNotice";
import { useSafetyState } from "../safety/use-safety-state";
import { Cite } from "../sources/Cite";
import { events, recordEvent } from "../storage/store";
import { CheckInForm } from "./CheckInForm";
import "./journal.css";

const isEmergencySign = (linkId: CheckIn["symptoms"][number]) =>
  screeningItem(linkId).severity === "emergency";

function SessionContext({ sessionId }: { sessionId: string | null }) {
  const session = events.value.find((e) => e.id === sessionId);
  if (session?.type !== "session") return <p class="muted">How do you feel now?</p>;
  const name = TECHNIQUES[session.technique].nameInSentence;
  if (session.outcome === "stopped-for-pain") {
    return (
      <p class="banner banner-warn" data-testid="checkin-after-stop">
        You stopped the {name} because of pain, which was the right thing to do <Cite source="P13" />. Rest,
        and answer the safety questions again before your next session. If pain or stiffness lasts more than{" "}
        {PERSISTENT_HOURS} hours despite gentle stretching, see a physical therapist or physician{" "}
        <Cite source="P20" />.
      </p>
    );
  }
  return <p class="muted">How do you feel after the {name}?</p>;
}

function Saved({ checkIn }: { checkIn: CheckIn }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const safety = useSafetyState();
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="saved-title" data-testid="check-in-saved">
      <h2 id="saved-title" tabIndex={-1} ref={heading}>
        Check-in saved
      </h2>
      <div data-testid={checkIn.symptoms.length > 0 ? "checkin-rescreen" : undefined}>
        {/* Never "screen again" above an emergency: the red notice alone says what to do. */}
        {checkIn.symptoms.length > 0 && safety.status === "known" && safety.state.level !== "emergency" && (
          <p>You reported something new, so answer the safety screening again before your next session.</p>
        )}
        {safety.status === "known" && <SafetyNotice state={safety.state} />}
        {/* An emergency sign gets its call button even before (or without) the safety state. */}
        {safety.status !== "known" && checkIn.symptoms.some(isEmergencySign) && <CallButton />}
      </div>
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
      {saved ? <Saved checkIn={saved} /> : <SessionContext sessionId={query.get("after")} />}
      {!saved && <CheckInForm onSubmit={submit} />}
    </article>
  );
}
