/**
 * Orthographic cameras. `side`: from the person's right, head on the left (the foam-roller steps, P4-P5).
 * `three-quarter-*`: from one side and above (the twist, P6-P7), on the side the knee is lowered toward.
 */
import { dot, type Vec3 } from "./vec3";

export type Point = readonly [number, number];

export type Camera = {
  readonly id: "side" | "three-quarter-right" | "three-quarter-left";
  /** World directions of the screen's right and down. */
  readonly right: Vec3;
  readonly down: Vec3;
  /** World direction toward the viewer: the larger `p . toViewer`, the nearer. */
  readonly toViewer: Vec3;
  /** Which way is "in front" when overlapping shapes are ordered. */
  readonly frontAxis: Vec3;
  /** Whether limbs on the far side of the body are drawn a shade darker. */
  readonly shadeFarSide: boolean;
};

// Seen from the side and above: high enough that the arms out in a T and a knee lowered toward the viewer
// both show, low enough that the body still lies along the picture like the side views.
const ELEVATION = (50 * Math.PI) / 180;
const sin = Math.sin(ELEVATION);
const cos = Math.cos(ELEVATION);

export const CAMERAS = {
  side: {
    id: "side",
    right: [1, 0, 0],
    down: [0, 0, -1],
    toViewer: [0, -1, 0],
    frontAxis: [0, -1, 0],
    shadeFarSide: true,
  },
  // From the person's right, above: head on the left, a knee lowered to the right comes toward the viewer.
  "three-quarter-right": {
    id: "three-quarter-right",
    right: [1, 0, 0],
    down: [0, -sin, -cos],
    toViewer: [0, -cos, sin],
    frontAxis: [0, -cos, sin],
    shadeFarSide: true,
  },
  // From the person's left, above: head on the right, a knee lowered to the left comes toward the viewer.
  "three-quarter-left": {
    id: "three-quarter-left",
    right: [-1, 0, 0],
    down: [0, sin, -cos],
    toViewer: [0, cos, sin],
    frontAxis: [0, cos, sin],
    shadeFarSide: true,
  },
} as const satisfies Record<string, Camera>;

export const project = (camera: Camera, p: Vec3): Point => [dot(p, camera.right), dot(p, camera.down)];
/** Distance from the viewer along the camera's front axis (larger is farther), for drawing far things first. */
export const depth = (camera: Camera, p: Vec3): number => -dot(p, camera.frontAxis);
