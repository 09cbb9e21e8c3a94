import { describe, expect, it } from "vitest";
import { emergencyNumberFor } from "./emergency-numbers";

describe("[R-safety-state.emergency-number] [C-emergency-number-by-country] the local emergency number for the tap-to-call link", () => {
  it.each([
    ["en-GB", "999"],
    ["cy-GB", "999"],
    ["en_GB", "999"],
    ["en-US", "911"],
    ["es-US", "911"],
    ["fr-FR", "112"],
    ["de", "112"],
    ["en", "112"],
    ["", "112"],
    ["not a locale!", "112"],
  ])("%s calls %s", (locale, number) => {
    expect(emergencyNumberFor(locale)).toEqual({ number, label: `Call ${number}` });
  });
});
