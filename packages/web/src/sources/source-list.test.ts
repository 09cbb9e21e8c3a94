import * as core from "@limber/core";
import { isArticleParagraph, type Source } from "@limber/core/source";
import { describe, expect, it } from "vitest";
import { GUIDELINE_ENTRIES, PARAGRAPHS, sourceAnchor } from "./source-list";

/** Every `source` value anywhere in the core's exported content and rules. */
function citedSources(value: unknown, seen = new Set<unknown>(), found = new Set<string>()): Set<string> {
  if (value === null || typeof value !== "object" || seen.has(value)) return found;
  seen.add(value);
  for (const [key, inner] of Object.entries(value)) {
    if ((key === "source" || key === "pacingSource") && typeof inner === "string") found.add(inner);
    else citedSources(inner, seen, found);
  }
  return found;
}

describe("the source list", () => {
  const cited = citedSources(core);

  it("finds the core's citations to check against", () => {
    expect(cited.has("P13")).toBe(true);
    expect([...cited].some((s) => s.startsWith("NHS"))).toBe(true);
  });

  it("lists every article paragraph the core cites, so no citation opens onto nothing", () => {
    const listed = new Set<string>(PARAGRAPHS.map((p) => p.id));
    const missing = [...cited].filter((s) => isArticleParagraph(s) && !listed.has(s));
    expect(missing).toEqual([]);
  });

  it("explains every guideline the core cites, with the screening questions that rest on it", () => {
    const guidelines = [...cited].filter((s) => !isArticleParagraph(s) && s !== "Limber product rule");
    expect(guidelines.length).toBeGreaterThan(0);
    for (const name of guidelines) expect(GUIDELINE_ENTRIES.map((g) => g.name)).toContain(name);
    const cauda = GUIDELINE_ENTRIES.find((g) => g.name.includes("Cauda equina"));
    expect(cauda?.questions.some((q) => /genitals/.test(q))).toBe(true);
  });

  it("keeps each quote short, so it reads as a quote and not as the article", () => {
    for (const p of PARAGRAPHS) expect(p.quote.split(" ").length, p.id).toBeLessThanOrEqual(16);
  });

  it("gives every source its own anchor", () => {
    const all: Source[] = [
      ...PARAGRAPHS.map((p) => p.id),
      ...GUIDELINE_ENTRIES.map((g) => g.name),
      "Limber product rule",
    ];
    const anchors = all.map(sourceAnchor);
    expect(new Set(anchors).size).toBe(all.length);
    for (const anchor of anchors) expect(anchor).toMatch(/^source-[a-z0-9-]+$/i);
  });
});
