import { cleanup, render } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { HeroIllustration } from "./HeroIllustration";
import { drawHero } from "./hero/hero-drawing";
import { HERO_FIGURE } from "./hero/hero-figure";

afterEach(cleanup);

describe("home hero illustration", () => {
  it("is the body engine's drawing of the hug pose on the roller, exactly (regenerate with generate-hero.ts)", () => {
    expect(HERO_FIGURE).toEqual(drawHero());
  });

  it("is decorative: hidden from assistive technology, with no text", () => {
    const { container } = render(<HeroIllustration />);
    const svg = container.querySelector("svg");
    expect(svg?.getAttribute("aria-hidden")).toBe("true");
    expect(svg?.getAttribute("role")).toBeNull();
    expect(container.textContent).toBe("");
    expect(container.querySelectorAll("path.figure-outline").length).toBeGreaterThan(10);
    expect(container.querySelector("path.roller-body")).not.toBeNull();
  });
});
