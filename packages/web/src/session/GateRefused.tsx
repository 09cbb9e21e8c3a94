/**
 * Shown instead of a session (a typed `#/session/...` URL, a stale link) when the gate refuses: the
 * person's safety state, exactly as every other screen shows it, and no technique.
 */
import type { GateRefusal } from "@limber/core/session/gate";
import { SafetyNotice } from "../safety/SafetyNotice";
import { useSafetyState } from "../safety/use-safety-state";

/** The gate's refusal may be passed in; the notice always shows the one safety state, so screens agree. */
export type GateRefusedProps = Partial<GateRefusal>;

const GATE_WAIT = {
  loading: "Checking your safety state…",
  unavailable:
    "Limber could not check your safety state, so it offers no session. Reload the page to try again.",
  known: "Your safety state changed while this page was open. Go back and choose a technique again.",
} as const;

export function GateRefused(_refusal: GateRefusedProps) {
  const view = useSafetyState();
  return (
    <section
      data-testid="session-gate-refused"
      data-level={view.status === "known" ? view.state.level : view.status}
    >
      {view.status === "known" && view.state.level !== "ready" ? (
        <SafetyNotice state={view.state} heading="h1" />
      ) : (
        <>
          <h1>No session right now</h1>
          <p aria-busy={view.status === "loading"}>{GATE_WAIT[view.status]}</p>
        </>
      )}
      <p>
        <a href="#/">Back to the home screen</a>
      </p>
    </section>
  );
}
