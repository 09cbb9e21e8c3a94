import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SCREENING_LINK_IDS, type ScreeningLinkId } from "../screening/questionnaire";
import type { Answers } from "../screening/triage";
import { HOUR_MS, instant } from "../units";
import { findRetractedAnswers } from "./retracted-answers";

const NOW = instant(Date.parse("2026-11-24T12:00:00Z"));
const allNo = Object.fromEntries(SCREENING_LINK_IDS.map((linkId) => [linkId, false])) as Answers;
const yesTo = (...linkIds: ScreeningLinkId[]): Answers => ({
  ...allNo,
  ...Object.fromEntries(linkIds.map((linkId) => [linkId, true])),
});
const before = (ms: number) => new Date(NOW - ms).toISOString();

describe("[R-safety-state.retraction-1h] [C-retraction-confirmed] a yes changed to no within the hour is found, so it can be asked about", () => {
  it.each(SCREENING_LINK_IDS)("finds %s answered yes 10 minutes ago and no now", (linkId) => {
    expect(findRetractedAnswers({ answers: yesTo(linkId), at: before(10 * 60_000) }, allNo, NOW)).toEqual([
      linkId,
    ]);
  });

  it("finds nothing once the previous screening is an hour old", () => {
    const previous = { answers: yesTo("recent-injury"), at: before(HOUR_MS) };
    expect(findRetractedAnswers(previous, allNo, NOW)).toEqual([]);
    expect(findRetractedAnswers({ ...previous, at: before(HOUR_MS - 1) }, allNo, NOW)).toEqual([
      "recent-injury",
    ]);
  });

  it("finds nothing without a previous screening, or with an unreadable date", () => {
    expect(findRetractedAnswers(null, allNo, NOW)).toEqual([]);
    expect(findRetractedAnswers({ answers: yesTo("fever"), at: "earlier" }, allNo, NOW)).toEqual([]);
  });

  it("counts a previous screening dated after now as recent", () => {
    expect(findRetractedAnswers({ answers: yesTo("fever"), at: before(-HOUR_MS) }, allNo, NOW)).toEqual([
      "fever",
    ]);
  });

  it("lists exactly the items that went from yes to no, in questionnaire order (property)", () => {
    const answersArb = fc
      .subarray([...SCREENING_LINK_IDS])
      .map((linkIds) => yesTo(...(linkIds as ScreeningLinkId[])));
    fc.assert(
      fc.property(
        answersArb,
        answersArb,
        fc.integer({ min: 0, max: HOUR_MS - 1 }),
        (previous, answers, age) => {
          const found = findRetractedAnswers({ answers: previous, at: before(age) }, answers, NOW);
          expect(found).toEqual(SCREENING_LINK_IDS.filter((linkId) => previous[linkId] && !answers[linkId]));
        },
      ),
    );
  });
});
