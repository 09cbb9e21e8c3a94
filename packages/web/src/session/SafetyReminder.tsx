/**
 * P13: before every session, the slow-control, no-momentum, no-bouncing, stop-on-sharp-pain reminder, and
 * the choices that shape it (auto-advance, spoken cues, chime). Starting is a deliberate tap.
 */
import { SAFETY_REMINDER } from "@limber/core/content/safety";
import type { Technique } from "@limber/core/content/techniques";
import { SettingSwitch } from "../app/SettingSwitch";
import { settings, updateSettings } from "../storage/store";
import { SoundSwitches } from "./SoundSwitches";

export function SafetyReminder({ technique, onStart }: { technique: Technique; onStart: () => void }) {
  return (
    <section aria-labelledby="reminder-title" data-testid="safety-reminder">
      <h1 id="reminder-title">Before you start: {technique.name}</h1>
      <ul class="safety-list">
        {SAFETY_REMINDER.map((item) => (
          <li key={item.id}>
            {item.text} <span class="source">({item.source})</span>
          </li>
        ))}
      </ul>
      <fieldset class="card">
        <legend>Hands-free</legend>
        <SoundSwitches testIdPrefix="setting-" />
        <SettingSwitch
          label="Move to the next step by itself when its time is up"
          checked={settings.value.autoAdvance}
          onChange={(autoAdvance) => void updateSettings({ autoAdvance })}
          testId="setting-auto-advance"
        />
      </fieldset>
      <p>
        The <strong>Stop: sharp pain</strong> button stays on screen the whole time; the Escape key does the
        same.
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={onStart} data-testid="session-begin">
          I understand, start
        </button>
        <a class="button" href="#/techniques">
          Back
        </a>
      </div>
    </section>
  );
}
