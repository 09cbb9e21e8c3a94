import { cleanup, render, screen } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { Cite } from "./Cite";

afterEach(cleanup);

describe("a citation", () => {
  it("is a link named 'source: P13' that opens the Sources screen at that paragraph", () => {
    render(<Cite source="P13" />);
    const link = screen.getByRole("link", { name: "source: P13" });
    expect(link.getAttribute("href")).toBe("#/sources?source=P13");
    expect(link.textContent).toBe("source: P13");
  });

  it("opens a named guideline at its entry, with the name encoded in the address", () => {
    const guideline = 'NHS "Back pain" page: when to get urgent help';
    render(<Cite source={guideline} />);
    const link = screen.getByRole("link", { name: `source: ${guideline}` });
    expect(link.getAttribute("href")).toBe(`#/sources?source=${encodeURIComponent(guideline)}`);
  });

  it("shows a product rule as 'Limber rule' and still says it is a source", () => {
    render(<Cite source="Limber product rule" />);
    expect(screen.getByRole("link", { name: "source: Limber rule" }).getAttribute("href")).toBe(
      "#/sources?source=Limber%20product%20rule",
    );
  });
});
