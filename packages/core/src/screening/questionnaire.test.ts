/**
 * The screening items as content: plain yes/no questions, traceable sources and wording that stays
 * self-care guidance. The severity and source of each linkId are pinned in triage.test.ts.
 */
import { describe, expect, it } from "vitest";
import { isArticleParagraph } from "../source";
import {
  isScreeningLinkId,
  QUESTIONNAIRE_ID,
  QUESTIONNAIRE_VERSION,
  SCREENING_ITEMS,
  SCREENING_LINK_IDS,
  SEVERITIES,
  screeningItem,
  severityRank,
} from "./questionnaire";

describe("the screening questionnaire", () => {
  it("is identified as back-self-care-screening, version 1.0.0", () => {
    expect([QUESTIONNAIRE_ID, QUESTIONNAIRE_VERSION]).toEqual(["back-self-care-screening", "1.0.0"]);
  });

  it("has sixteen distinct linkIds, listed in SCREENING_LINK_IDS in questionnaire order", () => {
    expect(new Set(SCREENING_LINK_IDS).size).toBe(16);
    expect(SCREENING_LINK_IDS).toEqual(SCREENING_ITEMS.map((item) => item.linkId));
  });

  it.each(SCREENING_ITEMS)("asks $linkId as one plain yes/no question with help text", (item) => {
    expect(item.question).toMatch(/^[A-Z].*\?$/);
    expect(item.help.length).toBeGreaterThan(20);
  });

  it.each(SCREENING_ITEMS.filter((item) => item.severity === "emergency"))(
    "tells anyone answering yes to $linkId to call emergency services now",
    (item) => {
      expect(item.reason).toMatch(/Call emergency services now\.$/);
    },
  );

  it.each(SCREENING_ITEMS.filter((item) => item.severity === "see-professional"))(
    "escalates a yes to $linkId to a physician, never to self-care",
    (item) => {
      expect(item.reason).toMatch(/physician/);
    },
  );

  // P20 names both: "A physical therapist or physician can accurately diagnose the underlying cause".
  it.each(SCREENING_ITEMS.filter((item) => item.source.startsWith("P")))(
    "names a physical therapist or physician when a yes to the article's $linkId item escalates",
    (item) => {
      expect(item.reason).toMatch(/physical therapist or physician/);
    },
  );

  it.each(SCREENING_ITEMS)(
    "keeps the $linkId reason to guidance: it never claims to diagnose, treat or cure",
    (item) => {
      expect(`${item.question} ${item.help} ${item.reason}`).not.toMatch(
        /\b(diagnose|diagnoses|treat|treats|treatment|cure|cures|heal|heals)\b/i,
      );
    },
  );

  it.each(SCREENING_ITEMS.filter((item) => item.source.startsWith("P")))(
    "cites a real article paragraph for $linkId ($source)",
    (item) => {
      expect(isArticleParagraph(item.source)).toBe(true);
    },
  );
});

describe("looking items up", () => {
  it.each(SCREENING_LINK_IDS)("recognises %s as a screening linkId and finds its item", (linkId) => {
    expect(isScreeningLinkId(linkId)).toBe(true);
    expect(screeningItem(linkId).linkId).toBe(linkId);
  });

  it.each(["", "Fever", "back-ache", "toString", "__proto__"])("does not recognise %j", (value) => {
    expect(isScreeningLinkId(value)).toBe(false);
  });

  it("throws for an unknown linkId, which only a programming error can pass", () => {
    expect(() => screeningItem("back-ache" as never)).toThrow("unknown screening item back-ache");
  });
});

describe("severity", () => {
  it("ranks emergency above see-professional", () => {
    expect(SEVERITIES).toEqual(["see-professional", "emergency"]);
    expect(severityRank("emergency")).toBeGreaterThan(severityRank("see-professional"));
    expect(severityRank("see-professional")).toBe(0);
  });
});
