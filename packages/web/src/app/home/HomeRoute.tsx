/**
 * The first screen: what Limber does, one clear next action for the person's safety state, the urge button
 * and links to learn more. An emergency leads the screen, before anything else; any other warning comes
 * straight after the title. It is the only screen prerendered into index.html, so it stays light: the
 * safety rules (and zod with them) load lazily through `useSafetyState`.
 */
import { HeroIllustration } from "../../illustrations/HeroIllustration";
import { UrgeButton } from "../../journal/UrgeButton";
import { useSafetyState } from "../../safety/use-safety-state";
import { Cite } from "../../sources/Cite";
import { NextAction } from "./NextAction";
import "./home.css";

export default function HomeRoute() {
  const view = useSafetyState();
  const level = view.status === "known" ? view.state.level : null;
  const emergency = level === "emergency";
  // The introduction and picture are for a person who can go on; a warning needs the space above the fold.
  const welcoming = view.status === "loading" || level === "ready" || isFirstVisit(view);
  return (
    <section class={`home${welcoming ? " is-welcoming" : ""}`} aria-labelledby="home-title">
      {emergency && <NextAction view={view} />}
      <div class="home-hero">
        <div class="home-hero-text">
          <h1 id="home-title" class={emergency ? "visually-hidden" : undefined}>
            Gentle relief for a stiff back
          </h1>
          {welcoming && (
            <p class="lead home-lead">
              A safety check first, then a guided stretch for your upper or lower back. Hands-free, with a
              stop always one tap away.
            </p>
          )}
        </div>
        {!emergency && (
          <div class="home-hero-action">
            <NextAction view={view} />
          </div>
        )}
        {/* After the action on a phone, so the action stays above the fold; beside the title on a desktop. */}
        {welcoming && <HeroIllustration class="home-hero-art" />}
      </div>
      <div class="home-more">
        <section class="home-urge" aria-labelledby="home-urge-title">
          <h2 id="home-urge-title">Felt the urge to crack your back?</h2>
          <p class="muted">
            Note it here. Feeling the need several times a day is a reason to see a physical therapist or
            physician <Cite source="P20" />.
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
              <a href="#/plan">Your plan: days, time and reminders</a>
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

function isFirstVisit(view: ReturnType<typeof useSafetyState>): boolean {
  return view.status === "known" && view.state.reasons.some((reason) => reason.code === "no-screening");
}
