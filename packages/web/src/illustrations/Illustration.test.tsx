import { SUPINE_SPINAL_TWIST, TECHNIQUES } from "@limber/core/content/techniques";
import { act, cleanup, render } from "@testing-library/preact";
import { options, type VNode } from "preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CAMERAS } from "./body/camera";
import { Figure } from "./Figure";
import { Illustration } from "./Illustration";
import { findScene } from "./scenes/catalogue";
import { drawFrame } from "./scenes/scene-drawing";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const STEPS = Object.values(TECHNIQUES).flatMap((technique) =>
  technique.steps.map((step) => [`${technique.id} / ${step.id}`, step.illustration, step.side] as const),
);

function reducedMotion(reduce: boolean) {
  vi.stubGlobal("matchMedia", (query: string) => ({
    matches: reduce && query.includes("prefers-reduced-motion: reduce"),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

const pathsOf = (container: Element) =>
  [...container.querySelectorAll("path")].map((p) => p.getAttribute("d")).join("|");

describe("step illustrations", () => {
  it.each(STEPS)(
    "draws %s as a body in the step's pose, with an accessible description",
    (_step, scene, side) => {
      const { container } = render(<Illustration scene={scene} side={side} />);
      const svg = container.querySelector("svg");
      expect(svg?.getAttribute("role")).toBe("img");
      const titleId = svg?.getAttribute("aria-labelledby") ?? "";
      expect(container.querySelector(`[id="${titleId}"]`)?.textContent?.length).toBeGreaterThan(40);
      // Filled body shapes, limb by limb: outlines and fills, never bare strokes.
      expect(container.querySelectorAll("[data-chain]")).toHaveLength(5);
      expect(container.querySelectorAll("path.figure-skin").length).toBeGreaterThan(4);
    },
  );

  it.each(["left", "right"] as const)(
    "names the %s side in words in the twist, with no floating labels",
    (side) => {
      for (const step of SUPINE_SPINAL_TWIST.steps.filter((s) => "side" in s && s.side === side)) {
        const { container } = render(<Illustration scene={step.illustration} side={side} />);
        const title = container.querySelector("title")?.textContent ?? "";
        expect(title).toContain(`${side} knee`);
        expect(container.querySelectorAll("text")).toHaveLength(0);
        cleanup();
      }
    },
  );

  it("draws the roller only in the foam-roll steps", () => {
    for (const [, scene, side] of STEPS) {
      const { container } = render(<Illustration scene={scene} side={side} />);
      expect(container.querySelector('[data-testid="roller"]') !== null).toBe(scene.startsWith("roll-"));
      cleanup();
    }
  });

  it("shows the final pose and never animates under prefers-reduced-motion", () => {
    reducedMotion(true);
    const raf = vi.fn();
    vi.stubGlobal("requestAnimationFrame", raf);
    for (const id of ["roll-hug", "roll-release", "twist-guide-left"]) {
      const scene = findScene(id);
      if (!scene) throw new Error(id);
      const { container } = render(<Illustration scene={id} />);
      const final = drawFrame(scene.frameAt(1), CAMERAS[scene.camera]);
      const drawn = final.chains.flatMap((chain) => chain.shapes.map((shape) => shape.d));
      for (const d of drawn) expect(container.querySelector(`path[d="${d}"]`)).not.toBeNull();
      cleanup();
    }
    expect(raf).not.toHaveBeenCalled();
  });

  it("moves from the first pose toward the last when motion is allowed, and holds still while paused", async () => {
    reducedMotion(false);
    const { container, rerender } = render(<Illustration scene="roll-lift" />);
    const first = pathsOf(container);
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    const later = pathsOf(container);
    expect(later).not.toBe(first);
    rerender(<Illustration scene="roll-lift" active={false} />);
    const paused = pathsOf(container);
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(pathsOf(container)).toBe(paused);
  });

  it("moves frame by frame on the picture itself, never drawing the component tree again (issue 19)", async () => {
    reducedMotion(false);
    const figureRenders = { count: 0 };
    const previous = options.diffed;
    options.diffed = (vnode: VNode) => {
      if (vnode.type === Figure) figureRenders.count += 1;
      previous?.(vnode);
    };
    try {
      const { container, rerender } = render(<Illustration scene="roll-lift" />);
      const first = pathsOf(container);
      figureRenders.count = 0;
      // In short steps, so every frame the animation asks for is drawn.
      for (let i = 0; i < 10; i += 1) await act(() => new Promise((resolve) => setTimeout(resolve, 40)));
      const moved = pathsOf(container);
      expect(moved).not.toBe(first);
      expect(figureRenders.count).toBe(0);
      // The session drawing its screen again (a new second on the clock) keeps the frame the picture is on.
      rerender(<Illustration scene="roll-lift" active={false} />);
      expect(pathsOf(container)).toBe(moved);
      const scene = findScene("roll-lift");
      if (!scene) throw new Error("roll-lift");
      // Every path is one of a real frame's: the frame drawn directly is the body engine's own.
      const frames = Array.from({ length: 121 }, (_, i) =>
        drawFrame(scene.frameAt(i / 120), CAMERAS[scene.camera]),
      );
      const shown = [...container.querySelectorAll("path.figure-skin")].map((p) => p.getAttribute("d"));
      expect(
        frames.some((frame) => {
          const skin = frame.chains.flatMap((c) => c.shapes.filter((s) => s.tone === "skin").map((s) => s.d));
          return skin.join("|") === shown.join("|");
        }),
      ).toBe(true);
    } finally {
      if (previous) options.diffed = previous;
      else delete options.diffed;
    }
  });

  it("draws nothing for an unknown scene rather than a wrong picture", () => {
    const { container } = render(<Illustration scene="no-such-scene" />);
    expect(container.querySelector("svg")).toBeNull();
  });

  it("returns the knee of the step's side, and the still centre when no side is given", () => {
    expect(findScene("twist-return", "left")?.title).toContain("left knee");
    expect(findScene("twist-return", "right")?.title).toContain("right knee");
    expect(findScene("twist-return")?.motion).toBe("still");
  });
});
