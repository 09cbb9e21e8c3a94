/**
 * The picture for a session step, by the illustration id the core's technique data names: a body model in
 * the step's pose, moving slowly into it (or rolling, for the rolling step), still under reduced motion.
 * `side` (the step's side) says which knee comes back in "twist-return".
 */
import { useId, useMemo } from "preact/hooks";
import type { Side } from "./body/body-model";
import { CAMERAS } from "./body/camera";
import { Figure } from "./Figure";
import "./figure-palette.css";
import "./illustrations.css";
import { prepareScene } from "./scenes/prepared-scene";
import { drawFrame, type FrameDrawing } from "./scenes/scene-drawing";
import { useSceneProgress } from "./useSceneProgress";

export { prepareSceneWhenIdle } from "./scenes/prepared-scene";
export { sideLabel } from "./scenes/side-label";

export type IllustrationProps = { scene: string; active?: boolean; side?: Side | undefined };

export function Illustration({ scene: id, active = true, side }: IllustrationProps) {
  const titleId = useId();
  const prepared = useMemo(() => prepareScene(id, side), [id, side]);
  const scene = prepared?.scene;
  const layout = prepared?.layout;
  // Drawn frames by progress: a loop draws each of its frames once.
  const drawn = useMemo(() => new Map<number, FrameDrawing>(), [scene]);
  const progress = useSceneProgress(scene, active);
  if (!scene || !layout) return null;
  let drawing = drawn.get(progress);
  if (!drawing) {
    drawing = drawFrame(scene.frameAt(progress), CAMERAS[scene.camera]);
    drawn.set(progress, drawing);
  }
  return (
    <svg
      class={`illustration is-${scene.camera}`}
      viewBox={layout.viewBox}
      role="img"
      aria-labelledby={titleId}
      data-scene={id}
      data-side={scene.side}
    >
      <title id={titleId}>{scene.title}</title>
      <path class="illustration-mat" d={layout.mat} />
      <Figure drawing={drawing} />
    </svg>
  );
}
