import { cleanup, render, screen } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import SourcesRoute from "./SourcesRoute";
import { GUIDELINE_ENTRIES, PARAGRAPHS } from "./source-list";

afterEach(cleanup);

const at = (source?: string) => ({
  params: {},
  query: new URLSearchParams(source ? { source } : {}),
});

describe("the Sources screen", () => {
  it("lists every paragraph Limber uses with its quote and what Limber takes from it", () => {
    render(<SourcesRoute {...at()} />);
    for (const p of PARAGRAPHS) {
      const entry = document.getElementById(`source-${p.id}`);
      expect(entry?.textContent).toContain(p.quote);
      expect(entry?.textContent).toContain(p.takes);
    }
  });

  it("names NICE NG59 and the NHS pages, and explains a Limber product rule", () => {
    render(<SourcesRoute {...at()} />);
    for (const g of GUIDELINE_ENTRIES) expect(screen.getByRole("heading", { name: g.name })).toBeTruthy();
    expect(document.body.textContent).toContain("NICE");
    expect(document.getElementById("source-product-rule")?.textContent).toMatch(
      /where the article is silent/,
    );
  });

  it("marks the cited paragraph as the one to focus, and no other", () => {
    render(<SourcesRoute {...at("P13")} />);
    const marked = document.querySelectorAll("[data-route-focus]");
    expect(marked).toHaveLength(1);
    expect(marked[0]?.id).toBe("source-P13");
    expect(marked[0]?.getAttribute("aria-current")).toBe("true");
  });

  it("marks a cited guideline by its full name", () => {
    const guideline = GUIDELINE_ENTRIES[0];
    if (!guideline) throw new Error("the core names no guideline");
    render(<SourcesRoute {...at(guideline.name)} />);
    const marked = document.querySelector("[data-route-focus]");
    expect(marked?.querySelector("h3")?.textContent).toBe(guideline.name);
  });
});
