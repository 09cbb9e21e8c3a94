/**
 * The safety reminder and the tap that starts the session (C-reminder-before-session). The session's audio
 * is prepared while the reminder shows (creating an audio context takes a few hundred milliseconds, which
 * must not fall between the tap and the first cue) and freed again if no session starts. The core's engine
 * checks the safety state again itself and refuses to start if it does not allow a session.
 */
import { TECHNIQUES } from "@limber/core/content/techniques";
import type { TechniqueId } from "@limber/core/journal/events";
import type { SafetyState } from "@limber/core/safety/safety-state";
import { startSession } from "@limber/core/session/machine";
import type { Transition } from "@limber/core/session/session-state";
import { useEffect, useMemo, useState } from "preact/hooks";
import * as clock from "../app/clock";
import { announce } from "../app/live-region";
import { type HandsFree, prepareHandsFree } from "../hands-free/hands-free";
import { deviceTimeZone, safetyInputFrom } from "../safety/safety-input";
import { acknowledgements, events, loadJournalContract, screenings, settings } from "../storage/store";
import { SafetyReminder } from "./SafetyReminder";

export function Reminder(props: {
  techniqueId: TechniqueId;
  safety: SafetyState;
  onStarted: (start: Transition, handsFree: HandsFree) => void;
}) {
  const { techniqueId, safety, onStarted } = props;
  const [startError, setStartError] = useState<string | null>(null);
  const prepared = useMemo(
    () => prepareHandsFree({ switches: () => settings.value, announce, now: clock.now }),
    [],
  );
  useEffect(() => () => prepared.discard(), [prepared]);
  // The journal contract (zod) validates the session's outcome when it is saved: loaded while the reminder
  // is read, so neither the stop's write nor a cue during the session waits for it. Here, not in the gate:
  // evaluating it blocks a phone for a few hundred milliseconds, which a person turned away never needs.
  useEffect(() => {
    void loadJournalContract();
  }, []);

  const begin = () => {
    // The session's clock starts in the tap itself.
    const { autoAdvance, tightSpotSeconds, twistHoldSeconds } = settings.value;
    const started = startSession(techniqueId, {
      settings: { autoAdvance, tightSpotSeconds, twistHoldSeconds },
      gate: safetyInputFrom(
        screenings.value,
        events.value,
        acknowledgements.value,
        deviceTimeZone(),
        clock.wallNow(),
      ),
      now: clock.now(),
    });
    if (!started.ok) {
      setStartError(started.issues.map((issue) => issue.message).join(" "));
      return;
    }
    // Inside the tap, so the browser lets the audio start.
    onStarted(started.value, prepared.start());
  };

  return (
    <>
      <SafetyReminder
        technique={TECHNIQUES[techniqueId]}
        acknowledged={safety.reasons.filter((reason) => reason.acknowledged)}
        onStart={begin}
      />
      {startError && (
        <p class="field-error" role="alert" data-testid="session-start-error">
          {startError}
        </p>
      )}
    </>
  );
}
