/**
 * The number every call button dials: the one typed in Settings ("Emergency number"), else the medical
 * emergency number of the country chosen in Settings ("Your country"), else of the device's language's
 * region, else 112 with no country (C-emergency-number-by-country). The table is plain data imported here,
 * not loaded with the rules, so the right number shows from the first frame.
 */
import { type EmergencyNumber, emergencyNumberFor } from "@limber/core/safety/emergency-numbers";

export type EmergencyCall = {
  readonly number: string;
  readonly href: string;
  /** Whose number it is: the person's own, a country's, or the 112 default (country unknown). */
  readonly from:
    | { readonly kind: "own" }
    | { readonly kind: "country"; readonly name: string; readonly inSentence: string }
    | { readonly kind: "default" };
  readonly also: EmergencyNumber["also"];
};

export function emergencyCall(
  settings: { readonly emergencyNumber: string | null; readonly country: string | null },
  locale: string = deviceLocale(),
): EmergencyCall {
  if (settings.emergencyNumber) {
    return {
      number: settings.emergencyNumber,
      href: `tel:${settings.emergencyNumber}`,
      from: { kind: "own" },
      also: [],
    };
  }
  const { number, country, also } = emergencyNumberFor(locale, settings.country);
  return {
    number,
    href: `tel:${number}`,
    from: country
      ? { kind: "country", name: country.name, inSentence: country.inSentence }
      : { kind: "default" },
    also,
  };
}

/** The device's language, for the default country; "en" when the browser does not say. */
export function deviceLocale(): string {
  return globalThis.navigator?.language || "en";
}
