import { describe, expect, it } from "vitest";
import { CAMERAS } from "../body/camera";
import { findScene, SCENE_IDS } from "./catalogue";
import { drawFrame, layoutScene } from "./scene-drawing";

const box = (viewBox: string) => {
  const [x, y, w, h] = viewBox.split(" ").map(Number) as [number, number, number, number];
  return { x, y, w, h };
};

describe("scene framing", () => {
  it.each(SCENE_IDS)(
    "fills the frame of %s: the drawing reaches within a small margin of every edge",
    (id) => {
      const scene = findScene(id, "left");
      if (!scene) throw new Error(id);
      const view = box(layoutScene(scene).viewBox);
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const t of Array.from({ length: 25 }, (_, i) => i / 24)) {
        const [a, b, c, d] = drawFrame(scene.frameAt(t), CAMERAS[scene.camera]).bounds;
        [x0, y0, x1, y1] = [Math.min(x0, a), Math.min(y0, b), Math.max(x1, c), Math.max(y1, d)];
      }
      // Everything drawn is inside the frame...
      expect(x0).toBeGreaterThanOrEqual(view.x);
      expect(y0).toBeGreaterThanOrEqual(view.y);
      expect(x1).toBeLessThanOrEqual(view.x + view.w);
      // ...and the frame hugs it: no empty band of floor or sky (at most 8% of the frame on any side).
      expect(x0 - view.x).toBeLessThan(0.08 * view.w);
      expect(y0 - view.y).toBeLessThan(0.08 * view.h);
      expect(view.x + view.w - x1).toBeLessThan(0.08 * view.w);
      expect(view.y + view.h - y1).toBeLessThan(0.12 * view.h);
    },
  );

  it("lays the side views on a floor at the bottom of the frame, wide rather than tall", () => {
    for (const id of ["roll-position", "roll-release"]) {
      const scene = findScene(id);
      if (!scene) throw new Error(id);
      const view = box(layoutScene(scene).viewBox);
      // The floor is y = 0: in the bottom tenth of the picture.
      expect(view.y + view.h).toBeGreaterThan(0);
      expect(view.y + view.h).toBeLessThan(0.1 * view.h);
      expect(view.w / view.h).toBeGreaterThan(2);
    }
  });
});
