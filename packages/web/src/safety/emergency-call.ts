/**
 * The number the emergency notice dials: the one set in Settings ("Emergency number"), or else the core's
 * number for the device's language (999 for en-GB, 911 for en-US, 112 elsewhere).
 */
import type { SafetyCore } from "./safety-core";

export type EmergencyCall = { readonly number: string; readonly label: string; readonly href: string };

export function emergencyCall(
  core: Pick<SafetyCore, "emergencyNumberFor">,
  override: string | null,
  locale: string,
): EmergencyCall {
  if (override) return { number: override, label: "your emergency number", href: `tel:${override}` };
  const { number, label } = core.emergencyNumberFor(locale);
  return { number, label, href: `tel:${number}` };
}

/** The device's language, for the default number; "en" when the browser does not say. */
export function deviceLocale(): string {
  return globalThis.navigator?.language || "en";
}
