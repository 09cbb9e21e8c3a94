/**
 * A frame as drawable data: the body's shapes and the props (the mat, the roller), in screen units, and the
 * tight box around everything a scene ever shows, so the picture fills its frame without empty floor or sky.
 */
import { CAMERAS, type Camera } from "../body/camera";
import { circlePath } from "../body/capsule";
import {
  type Bounds,
  type ChainShapes,
  EMPTY_BOUNDS,
  figureShapes,
  growBounds,
  toScreen,
  UNITS_PER_HEIGHT,
} from "../body/figure-shapes";
import { solveForwardKinematics } from "../body/kinematics";
import type { Vec3 } from "../body/vec3";
import type { Frame, Scene } from "./scene";

export type RollerDrawing = { readonly outer: string; readonly inner: string; readonly mark: string };
export type FrameDrawing = {
  readonly chains: readonly ChainShapes[];
  readonly roller?: RollerDrawing;
  readonly bounds: Bounds;
};

/** How far the floor mat reaches beyond the body, and how thick it is drawn. */
const MAT = { thickness: 14, halfWidth: 0.22 } as const;
const PADDING = 16;

export function drawFrame(frame: Frame, camera: Camera): FrameDrawing {
  const { chains, bounds } = figureShapes(solveForwardKinematics(frame.pose), camera);
  if (!frame.roller) return { chains, bounds };
  const { centre, radius, turn } = frame.roller;
  // Seen from the side the roller shows its round end (it lies across the body).
  const c = toScreen(camera, centre);
  const r = radius * UNITS_PER_HEIGHT;
  const mark: Vec3 = [
    centre[0] + Math.cos(turn) * radius * 0.62,
    centre[1],
    centre[2] - Math.sin(turn) * radius * 0.62,
  ];
  const m = toScreen(camera, mark);
  return {
    chains,
    roller: {
      outer: circlePath(c, r),
      inner: circlePath(c, r * 0.62),
      mark: `M${Math.round(c[0])} ${Math.round(c[1])}L${Math.round(m[0])} ${Math.round(m[1])}`,
    },
    bounds: growBounds(bounds, c, r),
  };
}

export type SceneLayout = {
  readonly viewBox: string;
  /** The floor mat: a side view's strip along the floor, or the mat seen from above the feet. */
  readonly mat: string;
};

/** The tight box over the whole movement (sampled), with the mat under the body. */
export function layoutScene(scene: Scene): SceneLayout {
  const steps = layoutSteps(scene);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `layoutScene` one sampled pose at a time: it pauses after each, so work done in idle time can give way
 * to a tap between poses (issue 19), and finishes with the layout.
 */
export function* layoutSteps(scene: Scene): Generator<void, SceneLayout, void> {
  const camera = CAMERAS[scene.camera];
  let box = EMPTY_BOUNDS;
  const samples = scene.motion === "still" ? [1] : Array.from({ length: 25 }, (_, i) => i / 24);
  for (const t of samples) {
    const b = drawFrame(scene.frameAt(t), camera).bounds;
    box = growBounds(growBounds(box, [b[0], b[1]]), [b[2], b[3]]);
    yield;
  }
  if (scene.camera === "side") {
    // The floor is at y = 0; the mat runs the full width just below it.
    const x0 = Math.floor(box[0] - PADDING);
    const x1 = Math.ceil(box[2] + PADDING);
    const y0 = Math.floor(box[1] - PADDING);
    const y1 = MAT.thickness + 4;
    return {
      viewBox: `${x0} ${y0} ${x1 - x0} ${y1 - y0}`,
      mat: `M${x0} 0H${x1}V${MAT.thickness}H${x0}Z`,
    };
  }
  // Seen from above, the mat is a band on the floor under the body; the arms in a T reach past it.
  const corners = [
    [-0.52, -MAT.halfWidth],
    [0.66, -MAT.halfWidth],
    [0.66, MAT.halfWidth],
    [-0.52, MAT.halfWidth],
  ].map(([x, y]) => toScreen(camera, [x as number, y as number, 0]));
  for (const c of corners) box = growBounds(box, c);
  const x0 = Math.floor(box[0] - PADDING);
  const y0 = Math.floor(box[1] - PADDING);
  return {
    viewBox: `${x0} ${y0} ${Math.ceil(box[2] + PADDING) - x0} ${Math.ceil(box[3] + PADDING) - y0}`,
    mat: `M${corners.map((c) => `${Math.round(c[0])} ${Math.round(c[1])}`).join("L")}Z`,
  };
}
