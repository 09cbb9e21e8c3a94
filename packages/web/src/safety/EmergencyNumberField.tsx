/**
 * Settings: "Emergency number", the number every emergency notice dials. Empty means the emergency number of
 * the person's country ("Your country", else the device's language; 112 when neither is known); a number
 * that cannot be dialled is explained and not saved.
 */
import { useState } from "preact/hooks";
import { EMERGENCY_NUMBER_PATTERN } from "../storage/settings";
import { settings, updateSettings } from "../storage/store";
import { emergencyCall } from "./emergency-call";

const ID = "setting-emergency-number";

export function EmergencyNumberField() {
  const [error, setError] = useState<string | null>(null);
  const usual = emergencyCall({ emergencyNumber: null, country: settings.value.country });
  const onChange = async (event: Event) => {
    const raw = (event.currentTarget as HTMLInputElement).value.replace(/[\s-]/g, "");
    if (raw !== "" && !EMERGENCY_NUMBER_PATTERN.test(raw)) {
      setError("Enter the number as digits only (2 to 15, a leading + is allowed), or leave it empty.");
      return;
    }
    try {
      await updateSettings({ emergencyNumber: raw === "" ? null : raw });
      setError(null);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : "This setting could not be saved. Please try again.");
    }
  };
  return (
    <div class="field">
      <label for={ID}>Emergency number</label>
      <input
        id={ID}
        type="tel"
        inputMode="tel"
        autocomplete="off"
        value={settings.value.emergencyNumber ?? ""}
        placeholder={usual.number}
        onChange={onChange}
        aria-describedby={`${ID}-hint${error ? ` ${ID}-error` : ""}`}
        aria-invalid={error ? true : undefined}
        data-testid={ID}
      />
      <p id={`${ID}-hint`} class="muted">
        Only if you need another number. Leave it empty to use {usual.number}
        {usual.from.kind === "country" ? `, the emergency number in ${usual.from.inSentence}` : ""}.
      </p>
      {error && (
        <p id={`${ID}-error`} class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
