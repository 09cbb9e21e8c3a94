import { describe, expect, it } from "vitest";
import { SCREENING_ITEMS } from "../screening/questionnaire";
import { EMERGENCY_LINK_IDS, EMERGENCY_WHY } from "./emergency-why";

describe("[C-emergency-why-per-flag] [C-wording-pinned] each emergency flag has its own why and source", () => {
  it("covers exactly the emergency items of the screening", () => {
    expect([...EMERGENCY_LINK_IDS].sort()).toEqual(
      SCREENING_ITEMS.filter((item) => item.severity === "emergency")
        .map((item) => item.linkId)
        .sort(),
    );
  });

  it.each(["saddle-numbness", "bladder-bowel-change", "both-legs-symptoms"] as const)(
    "[R-emergency-why.saddle-numbness] [R-emergency-why.bladder-bowel-change] [R-emergency-why.both-legs-symptoms] %s is explained as cauda equina syndrome, with the NHS cauda equina page as source",
    (linkId) => {
      expect(EMERGENCY_WHY[linkId].text).toContain("cauda equina syndrome");
      expect(EMERGENCY_WHY[linkId].text).not.toMatch(/heart|chest/i);
      expect(EMERGENCY_WHY[linkId].source).toBe(
        'NHS "Cauda equina syndrome" page: symptoms needing A&E or 999',
      );
    },
  );

  it("[R-emergency-why.chest-pain] chest pain says only what its NHS page says (help straight away), never a cause the page does not give, never cauda equina words or sources", () => {
    expect(EMERGENCY_WHY["chest-pain"].source).toBe('NHS "Back pain" page: when to get urgent help');
    expect(EMERGENCY_WHY["chest-pain"].text).toBe(
      "Chest pain together with back pain is one of the signs that need help straight away, not self-care.",
    );
    expect(EMERGENCY_WHY["chest-pain"].text).not.toMatch(/heart|blood vessel|can wait|later/i);
    expect(EMERGENCY_WHY["chest-pain"].text).not.toMatch(/cauda equina|nerves|spine/i);
    expect(EMERGENCY_WHY["chest-pain"].source).not.toMatch(/cauda equina/i);
  });

  it("every why says the help is needed straight away", () => {
    for (const linkId of EMERGENCY_LINK_IDS) expect(EMERGENCY_WHY[linkId].text).toContain("straight away");
  });
});
