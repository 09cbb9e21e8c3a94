/**
 * The local emergency number for a tap-to-call link: the medical emergency number of the person's country
 * (`EMERGENCY_NUMBERS`), the country chosen in Settings or else the region of the browser's locale. 112
 * reaches emergency services across Europe and from most mobile phones elsewhere, so it is the number when
 * the country is not known, and the screen then offers the country choice beside it.
 */
import { EMERGENCY_NUMBERS, type EmergencyNumberEntry } from "./emergency-number-table";

export type EmergencyNumber = {
  readonly number: string;
  readonly label: string;
  /** The country whose number this is; null when it is not known (the 112 default). */
  readonly country: EmergencyCountry | null;
  /** Other numbers that also reach emergency services there. */
  readonly also: readonly string[];
};

/** A country as the screens name it: in a list (`name`) and inside a sentence (`inSentence`). */
export type EmergencyCountry = {
  readonly region: string;
  readonly name: string;
  /** "the United Kingdom", "France": for "the emergency number in …" and "Not in …?". */
  readonly inSentence: string;
};

export const DEFAULT_EMERGENCY_NUMBER = "112";

const byRegion = new Map(EMERGENCY_NUMBERS.map((entry) => [entry.region, entry]));

/** The table's entry for an ISO 3166-1 alpha-2 code (any case), or undefined. */
export function emergencyNumberEntry(region: string): EmergencyNumberEntry | undefined {
  return byRegion.get(region.toUpperCase());
}

/** The table's entry for a region that may be missing (none chosen, or a locale without one). */
const entryOf = (region: string | null | undefined) => (region ? emergencyNumberEntry(region) : undefined);

/**
 * The number for `chosenRegion` if it is in the table, else for the locale's region (en-GB 999, en-US 911,
 * ja-JP 119), else 112 with no country.
 */
export function emergencyNumberFor(locale: string, chosenRegion: string | null = null): EmergencyNumber {
  const entry = entryOf(chosenRegion) ?? entryOf(regionOfLocale(locale));
  const number = entry?.number ?? DEFAULT_EMERGENCY_NUMBER;
  return {
    number,
    label: `Call ${number}`,
    country: entry
      ? { region: entry.region, name: entry.name, inSentence: entry.the ? `the ${entry.name}` : entry.name }
      : null,
    also: entry?.also ?? [],
  };
}

/** The region of a BCP 47 locale ("en-GB" gives "GB"), or undefined when it has none or cannot be read. */
export function regionOfLocale(locale: string): string | undefined {
  try {
    return new Intl.Locale(locale.replaceAll("_", "-")).region;
  } catch {
    // A locale Intl cannot read has no region: the default number applies.
  }
  return undefined;
}

export {
  EMERGENCY_NUMBERS,
  EMERGENCY_NUMBERS_SOURCE,
  type EmergencyNumberEntry,
} from "./emergency-number-table";
