/** The journal rules' numbers, restated from the design's "Journal contract" so a changed number fails here. */
import { describe, expect, it } from "vitest";
import { isArticleParagraph } from "../source";
import { JOURNAL_THRESHOLDS } from "./thresholds";

const HOUR = 60 * 60 * 1000;

describe("journal thresholds", () => {
  it.each([
    ["persistentStiffness", 3, "Limber product rule"],
    ["persistentMs", 48 * HOUR, "P20"],
    ["adjustUrgesPerDay", 2, "P20"],
    ["sharpPainStops", 2, "Limber product rule"],
    ["recentWindowMs", 7 * 24 * HOUR, "Limber product rule"],
  ] as const)("%s is %d, from %s", (name, value, source) => {
    expect(JOURNAL_THRESHOLDS[name].value).toBe(value);
    expect(JOURNAL_THRESHOLDS[name].source).toBe(source);
  });

  it("has no other thresholds, and each explains why it exists", () => {
    expect(Object.keys(JOURNAL_THRESHOLDS).sort()).toEqual(
      ["adjustUrgesPerDay", "persistentMs", "persistentStiffness", "recentWindowMs", "sharpPainStops"].sort(),
    );
    for (const threshold of Object.values(JOURNAL_THRESHOLDS))
      expect(threshold.why.length).toBeGreaterThan(10);
  });

  it("cites a real article paragraph wherever it cites the article", () => {
    for (const threshold of Object.values(JOURNAL_THRESHOLDS)) {
      if (threshold.source.startsWith("P")) expect(isArticleParagraph(threshold.source)).toBe(true);
    }
  });
});
