/**
 * Choose a technique: both are offered only while the safety state allows a session. Otherwise the
 * person's safety state is shown instead, the same way as on every screen, and no technique is offered.
 */
import { LOWER_BACK_NEVER_ROLLED, TECHNIQUES } from "@limber/core/content/techniques";
import { Illustration } from "../illustrations/Illustration";
import { SafetyNotice } from "../safety/SafetyNotice";
import { offersSession } from "../safety/session-offer";
import { useSafetyState } from "../safety/use-safety-state";
import { Cite } from "../sources/Cite";
import { GateRefused } from "./GateRefused";
import "./session.css";

export default function TechniquesRoute() {
  const view = useSafetyState();
  if (view.status === "loading") {
    return (
      <p class="loading" aria-busy="true">
        Loading your record…
      </p>
    );
  }
  if (view.status !== "known" || !offersSession(view.state)) return <GateRefused />;
  return (
    <section aria-labelledby="techniques-title">
      <h1 id="techniques-title">Choose a technique</h1>
      {view.state.level !== "ready" && <SafetyNotice state={view.state} />}
      <ul class="technique-list">
        {Object.values(TECHNIQUES).map((technique) => (
          <li key={technique.id} class="card technique-card">
            <Illustration
              scene={technique.steps[1]?.illustration ?? technique.steps[0]?.illustration ?? ""}
            />
            <h2>{technique.name}</h2>
            <p class="muted">{technique.region}</p>
            <p>
              {technique.summary} <Cite source={technique.source} />
            </p>
            <p class="muted" data-testid={`technique-explanation-${technique.id}`}>
              {technique.explanation.text} <Cite source={technique.explanation.source} />
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
        {LOWER_BACK_NEVER_ROLLED.text} <Cite source={LOWER_BACK_NEVER_ROLLED.source} />
      </p>
    </section>
  );
}
