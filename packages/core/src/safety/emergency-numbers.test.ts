import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_EMERGENCY_NUMBER,
  EMERGENCY_NUMBERS,
  EMERGENCY_NUMBERS_SOURCE,
  emergencyNumberEntry,
  emergencyNumberFor,
  regionOfLocale,
} from "./emergency-numbers";

/** Every ISO 3166-1 alpha-2 code (249), written out here independently of the table. */
const ISO_3166_1 =
  `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV
BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO
FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP
KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU
MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB
SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW`.split(/\s+/);

describe("[R-safety-state.emergency-number] [C-emergency-number-by-country] the medical emergency number of every country", () => {
  it("covers every ISO 3166-1 country and territory, once each", () => {
    expect(ISO_3166_1).toHaveLength(249);
    const regions = EMERGENCY_NUMBERS.map((entry) => entry.region);
    expect(new Set(regions).size).toBe(regions.length);
    for (const code of ISO_3166_1) expect(regions, code).toContain(code);
    // Beyond ISO: only Kosovo, which browsers report as XK.
    expect(regions.filter((region) => !ISO_3166_1.includes(region))).toEqual(["XK"]);
  });

  it.each(EMERGENCY_NUMBERS.map((entry) => [entry.region, entry] as const))(
    "%s: a short dialable number (2 to 5 digits), a name, and other numbers of the same form",
    (_, entry) => {
      expect(entry.number).toMatch(/^[0-9]{2,5}$/);
      expect(entry.name.trim().length).toBeGreaterThan(2);
      for (const other of entry.also ?? []) {
        expect(other).toMatch(/^[0-9]{2,5}$/);
        expect(other).not.toBe(entry.number);
      }
    },
  );

  it.each([
    ["en-GB", "the United Kingdom"],
    ["nl-NL", "the Netherlands"],
    ["en-PH", "the Philippines"],
    ["fr-FR", "France"],
    ["ja-JP", "Japan"],
  ])("names the country of %s inside a sentence as %s", (locale, inSentence) => {
    expect(emergencyNumberFor(locale).country?.inSentence).toBe(inSentence);
  });

  it("pins every entry by a reviewed snapshot, so no number changes without a deliberate, reviewed update", () => {
    const lines = EMERGENCY_NUMBERS.map((entry) =>
      [
        `${entry.region} ${entry.the ? "the " : ""}${entry.name}: ${entry.number}`,
        entry.also ? `also ${entry.also.join(", ")}` : "",
        entry.noPublicService ? "no public service" : "",
        entry.check ? "to check first" : "",
      ]
        .filter(Boolean)
        .join("; "),
    );
    expect({ source: EMERGENCY_NUMBERS_SOURCE, entries: lines }).toMatchSnapshot();
  });

  it("names its source and says it has not been reviewed yet", () => {
    expect(EMERGENCY_NUMBERS_SOURCE.name).toMatch(/published emergency numbers/);
    expect(EMERGENCY_NUMBERS_SOURCE.reviewed).toBe(false);
  });

  it.each([
    ["United Kingdom", "GB", "999", ["112"]],
    ["United States", "US", "911", []],
    ["Canada", "CA", "911", []],
    ["Mexico", "MX", "911", []],
    ["Australia", "AU", "000", ["112"]],
    ["New Zealand", "NZ", "111", []],
    ["Japan", "JP", "119", []],
    ["China", "CN", "120", []],
    ["India", "IN", "112", ["108"]],
    ["South Africa", "ZA", "10177", ["112"]],
    ["Brazil", "BR", "192", []],
    ["Germany", "DE", "112", []],
    ["France", "FR", "15", ["112"]],
    ["Ireland", "IE", "112", ["999"]],
    ["South Korea", "KR", "119", []],
    ["Israel", "IL", "101", []],
    ["Singapore", "SG", "995", []],
    ["Hong Kong SAR China", "HK", "999", []],
    ["Thailand", "TH", "1669", []],
    ["Switzerland", "CH", "144", ["112"]],
    ["Austria", "AT", "144", ["112"]],
    ["Norway", "NO", "113", ["112"]],
    ["Russia", "RU", "103", ["112"]],
    ["Argentina", "AR", "107", ["911"]],
    ["Chile", "CL", "131", []],
    ["Pakistan", "PK", "1122", ["115"]],
    ["Egypt", "EG", "123", []],
    ["Türkiye", "TR", "112", []],
    ["Philippines", "PH", "911", []],
    ["Vietnam", "VN", "115", []],
  ])("%s (%s) calls %s", (name, region, number, also) => {
    expect(emergencyNumberEntry(region)).toMatchObject({ name, number });
    expect(emergencyNumberEntry(region)?.also ?? []).toEqual(also);
  });

  it.each([
    ["en-GB", "999", "GB"],
    ["cy-GB", "999", "GB"],
    ["en_GB", "999", "GB"],
    ["en-US", "911", "US"],
    ["es-US", "911", "US"],
    ["en-AU", "000", "AU"],
    ["en-NZ", "111", "NZ"],
    ["ja-JP", "119", "JP"],
    ["zh-CN", "120", "CN"],
    ["zh-Hant-TW", "119", "TW"],
    ["fr-CA", "911", "CA"],
    ["es-MX", "911", "MX"],
    ["pt-BR", "192", "BR"],
    ["en-ZA", "10177", "ZA"],
    ["hi-IN", "112", "IN"],
    ["fr-FR", "15", "FR"],
  ])("the locale %s calls %s (%s)", (locale, number, region) => {
    expect(emergencyNumberFor(locale)).toMatchObject({
      number,
      label: `Call ${number}`,
      country: { region },
    });
  });

  it.each([["de"], ["en"], [""], ["not a locale!"], ["es-419"], ["en-ZZ"]])(
    "an unknown region (%j) calls 112 and names no country, so the screen offers the choice",
    (locale) => {
      expect(emergencyNumberFor(locale)).toEqual({
        number: "112",
        label: "Call 112",
        country: null,
        also: [],
      });
    },
  );

  it("a country chosen in Settings wins over the locale; an unknown choice falls back to the locale", () => {
    expect(emergencyNumberFor("en-GB", "AU")).toMatchObject({ number: "000", country: { region: "AU" } });
    expect(emergencyNumberFor("en-US", "gb")).toMatchObject({ number: "999", country: { region: "GB" } });
    expect(emergencyNumberFor("en-GB", "QQ")).toMatchObject({ number: "999", country: { region: "GB" } });
    expect(emergencyNumberFor("en", null)).toMatchObject({ number: DEFAULT_EMERGENCY_NUMBER, country: null });
  });

  it("every region gives its own entry's number, whatever the language (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EMERGENCY_NUMBERS),
        fc.constantFrom("en", "fr", "es", "de", "ar", "zh"),
        (entry, language) => {
          expect(regionOfLocale(`${language}-${entry.region}`)).toBe(entry.region);
          expect(emergencyNumberFor(`${language}-${entry.region}`).number).toBe(entry.number);
          expect(emergencyNumberFor("en-US", entry.region).number).toBe(entry.number);
        },
      ),
    );
  });
});
