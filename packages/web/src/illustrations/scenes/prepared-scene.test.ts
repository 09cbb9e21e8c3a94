import { describe, expect, it, vi } from "vitest";
import { findScene } from "./catalogue";
import { prepareScene } from "./prepared-scene";
import { layoutScene } from "./scene-drawing";

describe("a prepared scene", () => {
  it("is the catalogue's scene with the layout its whole motion fits in", () => {
    const prepared = prepareScene("twist-guide-left");
    const scene = findScene("twist-guide-left");
    if (!scene) throw new Error("the catalogue lost twist-guide-left");
    expect(prepared?.scene.id).toBe(scene.id);
    expect(prepared?.layout).toEqual(layoutScene(scene));
  });

  it("is worked out once per scene and side, so the tap that shows it solves no motion again", () => {
    const first = prepareScene("twist-hold-right");
    const frameAt = vi.spyOn(first?.scene ?? { frameAt: () => undefined }, "frameAt");
    expect(prepareScene("twist-hold-right")).toBe(first);
    expect(frameAt).not.toHaveBeenCalled();
  });

  it("keeps each side of the return apart", () => {
    const left = prepareScene("twist-return", "left");
    const right = prepareScene("twist-return", "right");
    expect(left?.scene.side).toBe("left");
    expect(right?.scene.side).toBe("right");
    expect(prepareScene("twist-return", "left")).toBe(left);
  });

  it("is nothing for an id the catalogue does not hold", () => {
    expect(prepareScene("no-such-scene")).toBeUndefined();
  });
});
