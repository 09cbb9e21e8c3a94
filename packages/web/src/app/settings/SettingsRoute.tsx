/** Settings: the emergency number (your country first), hands-free cues, session timing within the article's limits, and the colour theme. */
import { SESSION_SETTING_LIMITS } from "@limber/core/session/settings";
import { CountryField } from "../../safety/CountryField";
import { EmergencyNumberField } from "../../safety/EmergencyNumberField";
import { type Settings, settings, type Theme, updateSettings } from "../../storage/store";
import { SettingSwitch } from "../SettingSwitch";
import { SecondsField } from "./SecondsField";

const THEMES: readonly { value: Theme; label: string }[] = [
  { value: "system", label: "Same as my device" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
];

const { tightSpotSeconds: TIGHT_SPOT, twistHoldSeconds: TWIST_HOLD } = SESSION_SETTING_LIMITS;

export default function SettingsRoute() {
  const current = settings.value;
  const save = (patch: Partial<Settings>) => updateSettings(patch);
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <fieldset class="card">
        <legend>Emergency</legend>
        <CountryField />
        <EmergencyNumberField />
      </fieldset>
      <fieldset class="card">
        <legend>Hands-free</legend>
        <SettingSwitch
          label="Spoken cues"
          checked={current.speech}
          onChange={(speech) => void save({ speech })}
          testId="setting-speech"
        />
        <SettingSwitch
          label="Chime at the start and end of every hold"
          checked={current.chime}
          onChange={(chime) => void save({ chime })}
          testId="setting-chime"
        />
        <SettingSwitch
          label="Timed steps (holds and slow returns) move on by themselves when their time is up"
          checked={current.autoAdvance}
          onChange={(autoAdvance) => void save({ autoAdvance })}
          testId="setting-auto-advance"
        />
      </fieldset>
      <fieldset class="card">
        <legend>Timing</legend>
        <SecondsField
          label="Tight-spot pause on the roller"
          hint={`From ${TIGHT_SPOT.min} to ${TIGHT_SPOT.max} seconds.`}
          source="P5"
          value={current.tightSpotSeconds}
          limits={TIGHT_SPOT}
          onSave={(tightSpotSeconds) => save({ tightSpotSeconds })}
          testId="setting-tight-spot-seconds"
        />
        <SecondsField
          label="Twist hold on each side"
          hint={`At least ${TWIST_HOLD.min} seconds.`}
          source="P7"
          productLimit={`At most ${TWIST_HOLD.max}.`}
          value={current.twistHoldSeconds}
          limits={TWIST_HOLD}
          onSave={(twistHoldSeconds) => save({ twistHoldSeconds })}
          testId="setting-twist-hold-seconds"
        />
      </fieldset>
      <label class="field">
        Theme{" "}
        <select
          value={current.theme}
          onChange={(event) => void save({ theme: event.currentTarget.value as Theme })}
          data-testid="setting-theme"
        >
          {THEMES.map((theme) => (
            <option key={theme.value} value={theme.value}>
              {theme.label}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
