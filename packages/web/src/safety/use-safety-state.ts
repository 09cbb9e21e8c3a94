/**
 * The person's one safety state, computed by the core's `assessSafety` from the device's record (latest
 * screening, journal, acknowledgements), the device's time zone and the wall clock, and computed again
 * when it can change by the clock alone (a rest ends at midnight, a screening expires after 24 h) or when
 * the page is shown again. Every screen that offers, refuses or explains a session reads it from here.
 *
 * Returns `{ status: "loading" }` until the record and the core's rules have loaded, and
 * `{ status: "unavailable" }` if the rules could not be loaded or applied: no session is offered then.
 */
import type { SafetyState } from "@limber/core/safety/safety-state";
import { useEffect, useState } from "preact/hooks";
import { wallNow } from "../app/clock";
import { storeReady } from "../app/store-ready";
import { events, screenings } from "../storage/store";
import { nextChange } from "./next-change";
import { recordedAcknowledgements } from "./recorded-acknowledgements";
import { loadSafetyCore, safetyCore } from "./safety-core";
import { deviceTimeZone, safetyInputFrom } from "./safety-input";
import { rememberInput } from "./state-input";

export type SafetyView =
  | { readonly status: "loading" }
  | { readonly status: "unavailable" }
  | { readonly status: "known"; readonly state: SafetyState };

/** Re-checks at least this often, in case a timer was held back (background tab, sleeping device). */
const RECHECK_MS = 60_000;

export function useSafetyState(): SafetyView {
  const [, setTick] = useState(0);
  const [loadFailed, setLoadFailed] = useState(false);
  const core = safetyCore.value;
  if (!core && !loadFailed) {
    // Started from render, so it loads even while timers are held (as the route loader does).
    loadSafetyCore().catch(() => setLoadFailed(true));
  }
  const now = wallNow();
  const acknowledgements = recordedAcknowledgements();
  let view: SafetyView = { status: loadFailed ? "unavailable" : "loading" };
  if (core && storeReady.value) {
    try {
      const input = safetyInputFrom(screenings.value, events.value, acknowledgements, deviceTimeZone(), now);
      // The input stays with the state, so a notice can say what ends each reason (state-input.ts).
      view = { status: "known", state: rememberInput(core.assessTrustedSafety(input), input) };
    } catch {
      view = { status: "unavailable" };
    }
  }

  const changeAt =
    view.status === "known" && core
      ? nextChange({
          state: view.state,
          latestScreeningAt: screenings.value[0]?.at ?? null,
          events: events.value,
          acknowledgements,
          now,
          validity: {
            screeningMs: core.SCREENING_VALID_MS,
            acknowledgementMs: core.ACKNOWLEDGEMENT_VALID_MS,
          },
        })
      : null;
  useEffect(() => {
    const recheck = () => setTick((n) => n + 1);
    const delay =
      changeAt === null ? RECHECK_MS : Math.min(RECHECK_MS, Math.max(0, changeAt - wallNow()) + 1);
    const timer = setTimeout(recheck, delay);
    const onVisible = () => {
      if (document.visibilityState === "visible") recheck();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  });
  return view;
}
