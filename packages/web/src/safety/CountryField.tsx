/**
 * Settings: "Your country", whose medical emergency number every call button dials. Empty takes the country
 * from the device's language (a traveller, or a phone set to another language, chooses here).
 */
import { EMERGENCY_NUMBERS, regionOfLocale } from "@limber/core/safety/emergency-numbers";
import { useState } from "preact/hooks";
import { settings, updateSettings } from "../storage/store";
import { deviceLocale, emergencyCall } from "./emergency-call";

const ID = "setting-country";
const BY_NAME = [...EMERGENCY_NUMBERS].sort((a, b) => a.name.localeCompare(b.name, "en"));

export function CountryField() {
  const [error, setError] = useState<string | null>(null);
  const fromDevice = emergencyCall({ emergencyNumber: null, country: null });
  const deviceCountry = fromDevice.from.kind === "country" ? fromDevice.from.name : null;
  const onChange = async (event: Event) => {
    const value = (event.currentTarget as HTMLSelectElement).value;
    try {
      await updateSettings({ country: value === "" ? null : value });
      setError(null);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : "This setting could not be saved. Please try again.");
    }
  };
  const chosen = emergencyCall({ emergencyNumber: null, country: settings.value.country });
  return (
    <div class="field">
      <label for={ID}>Your country</label>
      <select
        id={ID}
        value={settings.value.country ?? ""}
        onChange={onChange}
        aria-describedby={`${ID}-hint${error ? ` ${ID}-error` : ""}`}
        data-testid={ID}
        data-device-region={regionOfLocale(deviceLocale()) ?? ""}
      >
        <option value="">
          {deviceCountry ? `From my device: ${deviceCountry}` : "Not known from my device (112)"}
        </option>
        {BY_NAME.map((entry) => (
          <option key={entry.region} value={entry.region}>
            {entry.name}
          </option>
        ))}
      </select>
      <p id={`${ID}-hint`} class="muted" data-testid={`${ID}-hint`}>
        Call buttons dial <strong>{chosen.number}</strong>
        {chosen.from.kind === "country"
          ? `, the emergency number in ${chosen.from.inSentence}`
          : ", which reaches emergency services across Europe and from most mobile phones"}
        .
      </p>
      {error && (
        <p id={`${ID}-error`} class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
