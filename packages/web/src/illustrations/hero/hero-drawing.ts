/**
 * The home screen's hero, from the body engine: the calm end of the hug step (P4), lying on the roller with
 * the arms crossed. `generate-hero.ts` writes this drawing into `hero-figure.ts` as plain path data, so the
 * home screen ships a few hundred bytes instead of the engine; a test keeps the two the same.
 */
import { CAMERAS } from "../body/camera";
import { findScene } from "../scenes/catalogue";
import { drawFrame, layoutScene } from "../scenes/scene-drawing";

export type HeroFigure = {
  readonly viewBox: string;
  readonly mat: string;
  /** Each limb: whether it is the far one, then its shapes as [tone, path]. */
  readonly limbs: readonly (readonly [
    far: boolean,
    shapes: readonly (readonly [tone: string, d: string])[],
  ])[];
  readonly roller: readonly [outer: string, inner: string, mark: string];
};

export const HERO_SCENE = "roll-hug";

export function drawHero(): HeroFigure {
  const scene = findScene(HERO_SCENE);
  if (!scene) throw new Error(`no scene ${HERO_SCENE}`);
  const layout = layoutScene({ ...scene, motion: "still" });
  const drawing = drawFrame(scene.frameAt(1), CAMERAS[scene.camera]);
  if (!drawing.roller) throw new Error("the hero shows the roller");
  return {
    viewBox: layout.viewBox,
    mat: layout.mat,
    limbs: drawing.chains.map((chain) => [
      chain.far,
      chain.shapes.map((shape) => [shape.tone, shape.d] as const),
    ]),
    roller: [drawing.roller.outer, drawing.roller.inner, drawing.roller.mark],
  };
}
