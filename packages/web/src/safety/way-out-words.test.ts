import { assessSafety, groupReasons, type SafetyInput, wayBack } from "@limber/core/safety/safety-state";
import { instant } from "@limber/core/units";
import { describe, expect, it } from "vitest";
import { screeningAt, stopForPain, urge } from "../../test-support/safety-fixtures";
import { endWords, originWords, wayBackWords } from "./way-out-words";

// Saturday 5 December 2026, noon; the web tests run in the machine's zone, so the dates are read in it.
const NOW = Date.parse("2026-12-05T12:00:00Z");
const input = (overrides: Partial<SafetyInput> = {}): SafetyInput => ({
  latestScreening: screeningAt("2026-12-05T10:00:00Z"),
  events: [],
  acknowledgements: [],
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  now: instant(NOW),
  ...overrides,
});
const explain = (given: SafetyInput) => {
  const state = assessSafety(given);
  return { groups: groupReasons(state, given), way: wayBack(state, given) };
};
const local = (iso: string) =>
  new Date(iso).toLocaleDateString("en-GB", { weekday: "long", day: "numeric", month: "long" });

describe("[R-safety-state.way-back] the words for what ends a reason and the way back", () => {
  it("dates the end of two urges on one day, a week on, and says what must be true then", () => {
    const given = input({ events: [urge("2026-12-03T09:00:00Z"), urge("2026-12-03T14:00:00Z")] });
    const [line] = explain(given).groups;
    const words = line ? endWords(line.ends[0] as never, line, "en-GB") : "";
    expect(words).toContain(`Ends on ${local("2026-12-10T09:00:00.001Z")}`);
    expect(words).toMatch(/when no day of the last 7 has two urges/);
    expect(words).not.toMatch(/when a day of the last 7 has two urges/);
  });

  it("names both places one reason came from, once", () => {
    const given = input({
      latestScreening: screeningAt("2026-12-05T10:00:00Z", ["frequent-adjusting"]),
      events: [urge("2026-12-05T09:00:00Z"), urge("2026-12-05T09:30:00Z")],
    });
    const lines = explain(given).groups.filter((g) => g.code === "frequent-adjusting");
    expect(lines.map(originWords)).toEqual(["From your safety check and your journal."]);
  });

  it("names the earliest way back after a stop for pain: the next day, then the safety questions", () => {
    const words = wayBackWords(
      explain(input({ events: [stopForPain("2026-12-05T11:00:00Z")] })).way,
      "en-GB",
    );
    expect(words).toMatch(/^Earliest way back to a session: from the start of /);
    expect(words).toContain(local("2026-12-06T12:00:00Z"));
    expect(words).toMatch(/a new safety check that finds none of these reasons\.$/);
  });

  it("names 'I understand' as the way back from a journal trend alone, with no date and no new check", () => {
    const words = wayBackWords(
      explain(input({ events: [urge("2026-12-05T09:00:00Z"), urge("2026-12-05T09:30:00Z")] })).way,
    );
    expect(words).toBe(
      "Earliest way back to a session: saying that you understand the journal reason above.",
    );
  });

  it("says nothing of a way back when a session is open", () => {
    expect(wayBackWords(explain(input()).way)).toBeNull();
  });
});
