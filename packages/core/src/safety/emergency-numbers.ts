/**
 * The local emergency number for a tap-to-call link. 112 reaches emergency services across Europe and
 * from most mobile phones elsewhere, so it is the default when the region is not known.
 */
export type EmergencyNumber = { number: string; label: string };

const BY_REGION: Readonly<Record<string, string>> = { GB: "999", US: "911" };
const DEFAULT_NUMBER = "112";

/** en-GB gives 999, en-US 911, anything else (or a locale that cannot be read) 112. */
export function emergencyNumberFor(locale: string): EmergencyNumber {
  // Stryker disable next-line StringLiteral: any key that is not a region gives the default, as "" does.
  const number = BY_REGION[regionOf(locale) ?? ""] ?? DEFAULT_NUMBER;
  return { number, label: `Call ${number}` };
}

function regionOf(locale: string): string | undefined {
  try {
    return new Intl.Locale(locale.replaceAll("_", "-")).region;
  } catch {
    // A locale Intl cannot read has no region: the default number applies.
  }
  return undefined;
}
