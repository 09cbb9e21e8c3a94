/** Sources: an article paragraph is P1..P20, the article's numbered paragraphs. */
import { describe, expect, it } from "vitest";
import { ARTICLE_PARAGRAPHS, isArticleParagraph } from "./source";

describe("isArticleParagraph", () => {
  it("knows the article has twenty paragraphs", () => {
    expect(ARTICLE_PARAGRAPHS).toBe(20);
  });

  it.each(["P1", "P5", "P14", "P20"])("accepts %s", (source) => {
    expect(isArticleParagraph(source)).toBe(true);
  });

  it.each(["P0", "P21", "p5", "P", "P5a", " P5", "NICE NG59 (malignancy)", "Limber product rule"])(
    "refuses %j",
    (source) => {
      expect(isArticleParagraph(source)).toBe(false);
    },
  );
});
