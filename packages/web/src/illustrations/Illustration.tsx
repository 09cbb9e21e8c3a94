/**
 * The picture for a session step, by the illustration id the core's technique data names: a body model in
 * the step's pose, moving slowly into it (or rolling, for the rolling step), still under reduced motion.
 * `side` (the step's side) says which knee comes back in "twist-return". The movement changes the figure's
 * path data in place (`patchFigure`), frame by frame, without rendering the component tree again.
 */
import { Component } from "preact";
import { useId, useMemo, useRef, useState } from "preact/hooks";
import type { Side } from "./body/body-model";
import { CAMERAS } from "./body/camera";
import { Figure, patchFigure } from "./Figure";
import "./figure-palette.css";
import "./illustrations.css";
import { prepareScene } from "./scenes/prepared-scene";
import { drawFrame, type FrameDrawing } from "./scenes/scene-drawing";
import { useSceneProgress } from "./useSceneProgress";

export { prepareSceneWhenIdle } from "./scenes/prepared-scene";
export { sideLabel } from "./scenes/side-label";

export type IllustrationProps = { scene: string; active?: boolean; side?: Side | undefined };

/** The figure as first drawn; later frames patch its nodes, so a render from above never diffs it again. */
class FirstFrame extends Component<{ drawing: FrameDrawing }> {
  override shouldComponentUpdate(): boolean {
    return false;
  }
  override render() {
    return <Figure drawing={this.props.drawing} />;
  }
}

export function Illustration({ scene: id, active = true, side }: IllustrationProps) {
  const titleId = useId();
  const prepared = useMemo(() => prepareScene(id, side), [id, side]);
  const scene = prepared?.scene;
  const layout = prepared?.layout;
  // Drawn frames by progress: a loop draws each of its frames once.
  const drawn = useMemo(() => new Map<number, FrameDrawing>(), [scene]);
  const svg = useRef<SVGSVGElement>(null);
  // Bumped when a frame's shapes no longer fit the nodes drawn (a limb's shape count changed): drawn afresh.
  const [generation, setGeneration] = useState(0);
  const frameAt = (progress: number): FrameDrawing | null => {
    if (!scene) return null;
    let drawing = drawn.get(progress);
    if (!drawing) {
      drawing = drawFrame(scene.frameAt(progress), CAMERAS[scene.camera]);
      drawn.set(progress, drawing);
    }
    return drawing;
  };
  const progress = useSceneProgress(scene, active, (next) => {
    const drawing = frameAt(next);
    if (!drawing || !svg.current || !patchFigure(svg.current, drawing)) setGeneration((n) => n + 1);
  });
  const drawing = frameAt(progress);
  if (!scene || !layout || !drawing) return null;
  return (
    <svg
      ref={svg}
      class={`illustration is-${scene.camera}`}
      viewBox={layout.viewBox}
      role="img"
      aria-labelledby={titleId}
      data-scene={id}
      data-side={scene.side}
    >
      <title id={titleId}>{scene.title}</title>
      <path class="illustration-mat" d={layout.mat} />
      <FirstFrame key={`${scene.id}:${scene.side ?? ""}:${generation}`} drawing={drawing} />
    </svg>
  );
}
