/**
 * The first screen: what Limber is (self-care guidance, not diagnosis), the way in (screening, or straight
 * to a technique while a self-care screening is valid), the urge button and links to learn more.
 */
import { SELF_CARE_DISCLAIMER } from "@limber/core/content/safety";
import { UrgeButton } from "../../journal/UrgeButton";
import { sessionGate } from "../../screening/session-gate";
import { events, screenings } from "../../storage/store";
import { wallNow } from "../clock";
import { storeReady } from "../store-ready";

export default function HomeRoute() {
  const gate = storeReady.value ? sessionGate(screenings.value, events.value, wallNow()) : null;
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">Gentle relief for a stiff back</h1>
      <p class="lead">
        Limber screens for warning signs first, then guides a foam-roller release for your upper back or a
        spinal twist for your lower back, hands-free, with a stop always one tap away.
      </p>
      <p class="muted">{SELF_CARE_DISCLAIMER.text}</p>
      {gate === null ? (
        <div class="card gate-card">
          <p class="loading" aria-busy="true">
            Loading your record…
          </p>
        </div>
      ) : gate.ok ? (
        <div class="card gate-card">
          <p>Your safety screening is still valid. You can go straight to a technique.</p>
          <div class="actions">
            <a class="button primary" href="#/techniques" data-testid="home-continue">
              Choose a technique
            </a>
            <a class="button" href="#/screening" data-testid="home-start-screening">
              Screen again
            </a>
          </div>
        </div>
      ) : (
        <div class="card gate-card">
          {gate.reason !== "no-screening" && <p data-testid="home-gate-message">{gate.message}</p>}
          <div class="actions">
            <a class="button primary" href="#/screening" data-testid="home-start-screening">
              Start the safety screening
            </a>
            {gate.reason === "not-self-care" && (
              <a class="button" href="#/screening/result">
                See my last result
              </a>
            )}
          </div>
        </div>
      )}
      <h2>Felt the urge to crack your back?</h2>
      <p class="muted">
        Note it here. A frequent urge, several times a day, is a reason to see a physical therapist or
        physician (P20).
      </p>
      <UrgeButton />
      <h2>Learn</h2>
      <ul class="link-list">
        <li>
          <a href="#/explain/pop">Why does my back pop?</a>
        </li>
        <li>
          <a href="#/explain/help">When to get help</a>
        </li>
        <li>
          <a href="#/journal">Your journal</a>
        </li>
        <li>
          <a href="#/summary">Visit summary for your physical therapist or physician</a>
        </li>
      </ul>
    </section>
  );
}
