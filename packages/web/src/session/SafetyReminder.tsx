/**
 * P13: before every session, the slow-control, no-momentum, no-bouncing, stop-on-sharp-pain reminder, and
 * the choices that shape it (auto-advance, spoken cues, chime). Starting is a deliberate tap. Reasons the
 * person has acknowledged stay in view here too: no reassurance while a warning stands.
 */
import { SAFETY_REMINDER } from "@limber/core/content/safety";
import type { Technique } from "@limber/core/content/techniques";
import type { SafetyReason } from "@limber/core/safety/safety-state";
import { SettingSwitch } from "../app/SettingSwitch";
import { Cite } from "../sources/Cite";
import { settings, updateSettings } from "../storage/store";
import { SoundSwitches } from "./SoundSwitches";

export function SafetyReminder(props: {
  technique: Technique;
  acknowledged?: readonly SafetyReason[];
  onStart: () => void;
}) {
  const { technique, acknowledged = [], onStart } = props;
  return (
    <section class="reminder" aria-labelledby="reminder-title" data-testid="safety-reminder">
      <h1 id="reminder-title">Before you start: {technique.name}</h1>
      {acknowledged.length > 0 && (
        <div class="banner banner-warn" data-testid="reminder-acknowledged">
          <p>
            You said you will see a physical therapist or physician about:{" "}
            {acknowledged.map((reason) => reason.message).join(" ")}
          </p>
        </div>
      )}
      <ul class="safety-list" aria-label="How to move">
        {SAFETY_REMINDER.map((item) => (
          <li key={item.id}>
            {item.text} <Cite source={item.source} />
          </li>
        ))}
      </ul>
      <p data-testid="reminder-stop-hint">
        The <strong>Stop: sharp pain</strong> button stays on screen the whole time
        <span class="keyboard-hint">; on a keyboard, the Escape key does the same</span>.
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={onStart} data-testid="session-begin">
          I understand, start
        </button>
        <a class="button" href="#/techniques">
          Back
        </a>
      </div>
      <fieldset class="card">
        <legend>Hands-free</legend>
        <SoundSwitches testIdPrefix="setting-" />
        <SettingSwitch
          label="Timed steps (holds and slow returns) move on by themselves when their time is up"
          checked={settings.value.autoAdvance}
          onChange={(autoAdvance) => void updateSettings({ autoAdvance })}
          testId="setting-auto-advance"
        />
      </fieldset>
    </section>
  );
}
