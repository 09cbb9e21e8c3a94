import { TECHNIQUES } from "@limber/core/content/techniques";
import { cleanup, render } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { Illustration } from "./Illustration";

afterEach(cleanup);

const STEPS = Object.values(TECHNIQUES).flatMap((technique) =>
  technique.steps.map((step) => [`${technique.id} / ${step.id}`, step.illustration] as const),
);

describe("step illustrations", () => {
  it.each(STEPS)("draws %s as an SVG with an accessible description", (_step, scene) => {
    const { container } = render(<Illustration scene={scene} />);
    const svg = container.querySelector("svg");
    expect(svg?.getAttribute("role")).toBe("img");
    const titleId = svg?.getAttribute("aria-labelledby") ?? "";
    expect(container.querySelector(`[id="${titleId}"]`)?.textContent?.length).toBeGreaterThan(20);
  });

  it("labels which side is which in the twist, seen from above", () => {
    const { container } = render(<Illustration scene="twist-hold-left" />);
    expect(container.textContent).toContain("Left");
    expect(container.textContent).toContain("Right");
    expect(container.querySelector("title")?.textContent).toMatch(/left knee/);
  });

  it("draws nothing for an unknown scene rather than a wrong picture", () => {
    const { container } = render(<Illustration scene="no-such-scene" />);
    expect(container.querySelector("svg")).toBeNull();
  });
});
