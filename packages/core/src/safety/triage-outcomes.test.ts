/**
 * Each screening item, alone, gives its contract outcome with its source: one test per item, so each
 * requirement is proved by a test that names it. The 2^16 combinations are checked in triage.test.ts.
 */
import { describe, expect, it } from "vitest";
import { SCREENING_LINK_IDS, type ScreeningLinkId, screeningItem } from "../screening/questionnaire";
import { type Answers, decide } from "../screening/triage";

const allNo = Object.fromEntries(SCREENING_LINK_IDS.map((linkId) => [linkId, false])) as Answers;
const CAUDA_EQUINA = 'NHS "Cauda equina syndrome" page: symptoms needing A&E or 999';
const BACK_PAIN = 'NHS "Back pain" page: when to get urgent help';
const BACK_PAIN_AND_NICE = 'NHS "Back pain" page and NICE NG59 (2016, updated 2020), recommendation 1.1.1';

/** The decision for one yes: its outcome, and the single reason's code, severity and source. */
function alone(linkId: ScreeningLinkId) {
  const decision = decide({ ...allNo, [linkId]: true });
  expect(decision.reasons).toHaveLength(1);
  const [reason] = decision.reasons;
  return { outcome: decision.outcome, code: reason?.code, source: reason?.source, message: reason?.message };
}

describe("[C-triage-emergency] each emergency item alone gives an emergency and says to call now", () => {
  it("[R-screening.saddle-numbness] saddle numbness: emergency, from the NHS cauda equina page", () => {
    expect(alone("saddle-numbness")).toMatchObject({ outcome: "emergency", source: CAUDA_EQUINA });
    expect(alone("saddle-numbness").message).toMatch(
      /cauda equina syndrome\)\. Call emergency services now\.$/,
    );
  });

  it("[R-screening.bladder-bowel-change] new bladder, bowel or sexual problems: emergency, from the NHS cauda equina page", () => {
    expect(alone("bladder-bowel-change")).toMatchObject({ outcome: "emergency", source: CAUDA_EQUINA });
    expect(alone("bladder-bowel-change").message).toMatch(/Call emergency services now\.$/);
  });

  it("[R-screening.both-legs-symptoms] symptoms in both legs: emergency, from the NHS cauda equina page", () => {
    expect(alone("both-legs-symptoms")).toMatchObject({ outcome: "emergency", source: CAUDA_EQUINA });
    expect(alone("both-legs-symptoms").message).toMatch(/Call emergency services now\.$/);
  });

  it("[R-screening.chest-pain] chest pain with back pain: emergency, from the NHS back pain page, never a cauda equina source", () => {
    expect(alone("chest-pain")).toMatchObject({ outcome: "emergency", source: BACK_PAIN });
    expect(alone("chest-pain").message).toBe(
      "Chest pain together with back pain needs help straight away. Call emergency services now.",
    );
  });
});

describe("[C-triage-see-professional] each other item alone gives see-professional, never self-care", () => {
  it("[R-screening.recent-injury] a recent injury (P16)", () => {
    expect(alone("recent-injury")).toMatchObject({ outcome: "see-professional", source: "P16" });
  });

  it("[R-screening.disc-diagnosis] a diagnosed disc issue (P17)", () => {
    expect(alone("disc-diagnosis")).toMatchObject({ outcome: "see-professional", source: "P17" });
  });

  it("[R-screening.osteoporosis] confirmed osteoporosis (P18)", () => {
    expect(alone("osteoporosis")).toMatchObject({ outcome: "see-professional", source: "P18" });
  });

  it("[R-screening.sudden-acute-pain] [C-wording-pinned] acute pain that began suddenly, asked in P19's words", () => {
    expect(alone("sudden-acute-pain")).toMatchObject({ outcome: "see-professional", source: "P19" });
    expect(screeningItem("sudden-acute-pain").question).toBe("Do you have acute pain that began suddenly?");
    // P19 says "acute pain that began suddenly": asking for "sharp or severe" as well would narrow it.
    expect(screeningItem("sudden-acute-pain").question).not.toMatch(/sharp|severe|\band\b/);
  });

  it("[R-screening.nerve-symptoms] [C-wording-pinned] burning, numbness or tingling into the buttocks or legs (P14), without claims P14 does not make", () => {
    expect(alone("nerve-symptoms")).toMatchObject({ outcome: "see-professional", source: "P14" });
    expect(alone("nerve-symptoms").message).toContain("self-care is not appropriate");
    expect(alone("nerve-symptoms").message).not.toMatch(/make it worse/);
  });

  it("[R-screening.walking-standing-difficulty] difficulty walking or standing (P20)", () => {
    expect(alone("walking-standing-difficulty")).toMatchObject({
      outcome: "see-professional",
      source: "P20",
    });
  });

  it("[R-screening.limb-weakness] unexplained weakness in the arms or legs (P20)", () => {
    expect(alone("limb-weakness")).toMatchObject({ outcome: "see-professional", source: "P20" });
  });

  it("[R-screening.persistent-48h] stiffness over 48 hours despite gentle stretching (P20)", () => {
    expect(alone("persistent-48h")).toMatchObject({ outcome: "see-professional", source: "P20" });
  });

  it("[R-screening.frequent-adjusting] a need to adjust the back several times a day (P20)", () => {
    expect(alone("frequent-adjusting")).toMatchObject({ outcome: "see-professional", source: "P20" });
  });

  it("[R-screening.fever] a high temperature: NHS back pain page and NICE NG59 recommendation 1.1.1", () => {
    expect(alone("fever")).toMatchObject({ outcome: "see-professional", source: BACK_PAIN_AND_NICE });
  });

  it("[R-screening.cancer-history-or-weight-loss] cancer history or unexplained weight loss: NHS back pain page and NICE NG59 1.1.1", () => {
    expect(alone("cancer-history-or-weight-loss")).toMatchObject({
      outcome: "see-professional",
      source: BACK_PAIN_AND_NICE,
    });
  });

  it("[R-screening.night-or-rest-pain] pain worse at night or not eased by rest: NHS back pain page", () => {
    expect(alone("night-or-rest-pain")).toMatchObject({ outcome: "see-professional", source: BACK_PAIN });
  });
});
