/**
 * The first screen: what Limber does, one clear next action for the person's safety state, the urge button
 * and links to learn more. It is the only screen in the first bundle, so it stays light: the safety rules
 * (and zod with them) load lazily through `useSafetyState`.
 */
import { UrgeButton } from "../../journal/UrgeButton";
import { useSafetyState } from "../../safety/use-safety-state";
import { NextAction } from "./NextAction";
import "./home.css";

export default function HomeRoute() {
  const view = useSafetyState();
  return (
    <section class="home" aria-labelledby="home-title">
      <div class="home-hero">
        <div class="home-hero-text">
          <h1 id="home-title">Gentle relief for a stiff back</h1>
          <p class="lead">
            A safety check first, then a guided foam-roller release for your upper back or a spinal twist for
            your lower back. Hands-free, with a stop always one tap away.
          </p>
        </div>
      </div>
      <NextAction view={view} />
      <div class="home-more">
        <section class="home-urge" aria-labelledby="home-urge-title">
          <h2 id="home-urge-title">Felt the urge to crack your back?</h2>
          <p class="muted">
            Note it here. Needing to several times a day is a reason to see a physical therapist or physician.
          </p>
          <UrgeButton />
        </section>
        <nav class="home-learn" aria-labelledby="home-learn-title">
          <h2 id="home-learn-title">Learn</h2>
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
        </nav>
      </div>
    </section>
  );
}
