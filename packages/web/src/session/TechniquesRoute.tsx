/** Choose a technique: both are offered only while a self-care screening is valid (the session gate). */
import { LOWER_BACK_NEVER_ROLLED, TECHNIQUES } from "@limber/core/content/techniques";
import { wallNow } from "../app/clock";
import { storeReady } from "../app/store-ready";
import { Illustration } from "../illustrations/Illustration";
import { sessionGate } from "../screening/session-gate";
import { events, screenings } from "../storage/store";
import { GateRefused } from "./GateRefused";
import "./session.css";

export default function TechniquesRoute() {
  if (!storeReady.value) {
    return (
      <p class="loading" aria-busy="true">
        Loading your record…
      </p>
    );
  }
  const gate = sessionGate(screenings.value, events.value, wallNow());
  if (!gate.ok) return <GateRefused reason={gate.reason} message={gate.message} />;
  return (
    <section aria-labelledby="techniques-title">
      <h1 id="techniques-title">Choose a technique</h1>
      <ul class="technique-list">
        {Object.values(TECHNIQUES).map((technique) => (
          <li key={technique.id} class="card technique-card">
            <Illustration
              scene={technique.steps[1]?.illustration ?? technique.steps[0]?.illustration ?? ""}
            />
            <h2>{technique.name}</h2>
            <p class="muted">{technique.region}</p>
            <p>
              {technique.summary} <span class="source">({technique.source})</span>
            </p>
            <a
              class="button primary"
              href={`#/session/${technique.id}`}
              data-testid={`start-session-${technique.id}`}
            >
              Start: {technique.name}
            </a>
          </li>
        ))}
      </ul>
      <p>
        {LOWER_BACK_NEVER_ROLLED.text} <span class="source">({LOWER_BACK_NEVER_ROLLED.source})</span>
      </p>
    </section>
  );
}
