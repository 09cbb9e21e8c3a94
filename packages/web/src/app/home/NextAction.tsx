/**
 * The one clear next action for the person's safety state: the safety check on a first visit, a session
 * when ready, and otherwise the safety notice itself (an emergency offers nothing but the call).
 */
import type { SafetyState } from "@limber/core/safety/safety-state";
import { SafetyNotice } from "../../safety/SafetyNotice";
import { offersSession } from "../../safety/session-offer";
import type { SafetyView } from "../../safety/use-safety-state";

const isFirstVisit = (state: SafetyState) => state.reasons.some((reason) => reason.code === "no-screening");

export function NextAction({ view }: { view: SafetyView }) {
  if (view.status === "loading") {
    return (
      <div class="home-action home-action-loading" aria-busy="true">
        <p class="loading">Checking your safety state…</p>
      </div>
    );
  }
  if (view.status === "unavailable") {
    return (
      <div class="home-action" data-testid="home-gate-message">
        <p>
          Limber could not check your safety state, so it offers no session. Reload the page to try again.
        </p>
      </div>
    );
  }
  const { state } = view;
  if (state.level === "ready") {
    return (
      <div class="home-action home-action-ready" data-testid="home-ready">
        <h2 class="home-action-title">You're ready for a session</h2>
        <p>
          Your safety check is up to date. Choose the foam roller for your upper back or the twist for your
          lower back.
        </p>
        <a class="button primary home-cta" href="#/techniques" data-testid="home-continue">
          Start a session
        </a>
      </div>
    );
  }
  if (state.level === "rescreen-needed" && isFirstVisit(state)) {
    return (
      <div class="home-action" data-testid="home-first-visit">
        <h2 class="home-action-title">Start with a two-minute safety check</h2>
        <p>
          A few yes or no questions check whether gentle self-care is right for you today, before any
          technique.
        </p>
        <a class="button primary home-cta" href="#/screening" data-testid="home-start-screening">
          Start the safety check
        </a>
      </div>
    );
  }
  return (
    <div data-testid="home-gate-message">
      <SafetyNotice state={state}>
        {state.level === "see-professional" && offersSession(state) && (
          <p class="actions">
            <a class="button" href="#/techniques" data-testid="home-continue">
              Start a session
            </a>
          </p>
        )}
      </SafetyNotice>
    </div>
  );
}
