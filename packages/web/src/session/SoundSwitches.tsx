/** The hands-free switches (spoken cues, hold chimes), shown before a session and during it. */
import { SettingSwitch } from "../app/SettingSwitch";
import { settings, updateSettings } from "../storage/store";

/** `testIdPrefix` keeps the two places apart for browser tests ("setting-" before, "session-setting-" during). */
export function SoundSwitches({ testIdPrefix }: { testIdPrefix: string }) {
  return (
    <>
      <SettingSwitch
        label="Spoken cues"
        checked={settings.value.speech}
        onChange={(speech) => void updateSettings({ speech })}
        testId={`${testIdPrefix}speech`}
      />
      <SettingSwitch
        label="Chime at the start and end of every hold"
        checked={settings.value.chime}
        onChange={(chime) => void updateSettings({ chime })}
        testId={`${testIdPrefix}chime`}
      />
    </>
  );
}
