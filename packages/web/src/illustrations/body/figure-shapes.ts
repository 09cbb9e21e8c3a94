/**
 * From a placed skeleton to the shapes a viewer sees: one rounded outline per segment, in screen units
 * (1000 per body height), grouped by limb so a limb's outline runs round it as one, far limbs first.
 */
import { type Chain, DRAW_ORDER, type Tone } from "./body-model";
import { type Camera, depth, type Point, project } from "./camera";
import { capsulePath } from "./capsule";
import type { Skeleton } from "./kinematics";
import { toWorld } from "./kinematics";
import { add, column, cross, dot, scale, sub, type Vec3 } from "./vec3";

/** Screen units per body height. */
export const UNITS_PER_HEIGHT = 1000;

export type Shape = { readonly d: string; readonly tone: Tone; readonly depth: number };
export type ChainShapes = { readonly chain: Chain; readonly far: boolean; readonly shapes: readonly Shape[] };
/** Screen-space box: min x, min y, max x, max y. */
export type Bounds = readonly [number, number, number, number];

export const EMPTY_BOUNDS: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
export const growBounds = (b: Bounds, p: Point, r = 0): Bounds => [
  Math.min(b[0], p[0] - r),
  Math.min(b[1], p[1] - r),
  Math.max(b[2], p[0] + r),
  Math.max(b[3], p[1] + r),
];

export const toScreen = (camera: Camera, p: Vec3): Point => {
  const [u, v] = project(camera, p);
  return [u * UNITS_PER_HEIGHT, v * UNITS_PER_HEIGHT];
};

export function figureShapes(skeleton: Skeleton, camera: Camera): { chains: ChainShapes[]; bounds: Bounds } {
  let bounds = EMPTY_BOUNDS;
  const chains = new Map<Chain, { shapes: Shape[]; depths: number[] }>();
  for (const definition of DRAW_ORDER) {
    const segment = skeleton.segments[definition.id];
    const entry = chains.get(definition.chain) ?? { shapes: [], depths: [] };
    for (const part of [definition, ...(definition.details ?? [])]) {
      const [a, b] = part.shape.map((local) => toWorld(segment, local)) as [Vec3, Vec3];
      const p0 = toScreen(camera, a);
      const p1 = toScreen(camera, b);
      // Half the body's width across the drawn axis: the cross-section ellipse seen from the camera.
      const dx = p1[0] - p0[0];
      const dy = p1[1] - p0[1];
      const n = Math.hypot(dx, dy) || 1;
      const across = add(scale(camera.right, -dy / n), scale(camera.down, dx / n));
      // The cross-section lies across the shape's length: breadth along the segment's left axis, depth along
      // the axis square to both (front for a limb or the trunk, up for a foot).
      const leftAxis = column(segment.frame, 1);
      const depthAxis = cross(sub(b, a), leftAxis);
      const front = dot(depthAxis, across) / (Math.hypot(...depthAxis) || 1);
      const left = dot(leftAxis, across);
      const halfWidth = (i: 0 | 1) =>
        Math.hypot((part.breadth[i] / 2) * left, (part.depth[i] / 2) * front) * UNITS_PER_HEIGHT;
      const r0 = halfWidth(0);
      const r1 = halfWidth(1);
      bounds = growBounds(growBounds(bounds, p0, r0), p1, r1);
      const shapeDepth = (depth(camera, a) + depth(camera, b)) / 2;
      entry.shapes.push({ d: capsulePath(p0, r0, p1, r1), tone: part.tone, depth: shapeDepth });
      entry.depths.push(shapeDepth);
    }
    chains.set(definition.chain, entry);
  }
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const chainDepth = (chain: Chain) => mean(chains.get(chain)?.depths ?? [0]);
  // Of a pair of limbs, the one clearly farther from the viewer gets a subtle shade, so the near arm or leg
  // reads in front (the far side in a side view; the leg underneath when a knee crosses over it).
  const isFar = (chain: Chain): boolean => {
    if (!camera.shadeFarSide || chain === "trunk") return false;
    const other = chain.startsWith("left") ? chain.replace("left", "right") : chain.replace("right", "left");
    return chainDepth(chain) > chainDepth(other as Chain) + 0.03;
  };
  const ordered = [...chains.entries()]
    .map(([chain, { shapes }]) => ({
      chain,
      far: isFar(chain),
      // Within a limb too, farther shapes first (seen from above, the hair goes under the head and shows only
      // at its edge); the sort is stable, so shapes level with each other keep the body's order.
      shapes: [...shapes].sort((p, q) =>
        q.depth - p.depth > 0.005 ? 1 : p.depth - q.depth > 0.005 ? -1 : 0,
      ),
      // Limbs overlap where their nearest parts meet (a hand resting on a knee), so that decides the order.
      depth: Math.min(...(chains.get(chain)?.depths ?? [0])),
    }))
    .sort((p, q) => q.depth - p.depth)
    .map(({ chain, far, shapes }) => ({ chain, far, shapes }));
  return { chains: ordered, bounds };
}
