import { EDUCATION } from "@limber/core/content/education";
import { cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import WhyItPopsRoute from "./WhyItPopsRoute";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("why does my back pop?", () => {
  it("says plainly that the pop does not decide whether a stretch worked", () => {
    render(<WhyItPopsRoute />);
    expect(screen.getByTestId("pop-key-message").textContent).toMatch(
      /does not decide whether a stretch worked.*P11/,
    );
  });

  it("[C-no-pop-goal] says no more than P11 does: the pop does not determine the effect, and is never chased", () => {
    render(<WhyItPopsRoute />);
    const message = screen.getByTestId("pop-key-message").textContent ?? "";
    expect(message).toMatch(/does not determine how well the stretch works/);
    expect(message).toMatch(/never chase it with momentum or bouncing/);
    expect(message).not.toMatch(/no difference|chase it with momentum(?! or bouncing)/);
  });

  it("walks through the article's explanation part by part, each with its paragraph", () => {
    render(<WhyItPopsRoute />);
    const seen: string[] = [];
    for (const section of EDUCATION.sections) {
      const step = screen.getByTestId("pop-step");
      expect(step.textContent).toContain(section.heading);
      expect(step.querySelector(".cite")?.getAttribute("href")).toBe(`#/sources?source=${section.source}`);
      seen.push(section.source);
      fireEvent.click(screen.getByTestId("pop-next"));
    }
    expect(new Set(seen)).toEqual(new Set(["P9", "P10", "P11"]));
    expect((screen.getByTestId("pop-next") as HTMLButtonElement).disabled).toBe(true);
  });

  it("forms the bubble when the person stretches the joint far enough", () => {
    render(<WhyItPopsRoute />);
    expect(screen.queryByTestId("joint-bubble")).toBeNull();
    fireEvent.input(screen.getByTestId("pop-stretch"), { target: { value: "100" } });
    expect(screen.getByTestId("joint-bubble")).toBeTruthy();
    expect(screen.getByTestId("pop-joint-state").textContent).toMatch(/bubble.*pop can happen/);
  });

  it("with reduced motion, shows the stretched joint at once instead of animating", () => {
    vi.stubGlobal("matchMedia", (query: string) => ({ matches: query.includes("reduce") }));
    const frames = vi.fn();
    vi.stubGlobal("requestAnimationFrame", frames);
    render(<WhyItPopsRoute />);
    fireEvent.click(screen.getByTestId("pop-play"));
    expect(frames).not.toHaveBeenCalled();
    expect(screen.getByTestId("joint-bubble")).toBeTruthy();
  });
});
