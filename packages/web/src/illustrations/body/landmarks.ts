/**
 * Named places on the placed body that the safety rules speak of: the spine along the back of the ribcage
 * from the base of the neck (C7) to the bottom of the ribcage (T12, P5), the shoulder blades, the soles, and
 * how far a point lies from a segment's surface.
 */
import { SEGMENTS, type SegmentId, type Side, WINTER } from "./body-model";
import { type PlacedSegment, type Skeleton, toWorld } from "./kinematics";
import { column, dot, lerp, scale, sub, type Vec3 } from "./vec3";

/** Depth of a segment's drawn shape at a height `z` of its own frame. */
function depthAt(segment: PlacedSegment, z: number): number {
  const { shape, depth } = segment.definition;
  const z0 = shape[0][2];
  const z1 = shape[1][2];
  const t = Math.min(1, Math.max(0, (z - z0) / (z1 - z0 || 1)));
  return lerp(depth[0], depth[1], t);
}

/**
 * A point on the back surface over the thoracic spine: `s` = 0 at the base of the neck (C7), 1 at the bottom
 * of the ribcage (T12). Outside [0, 1] it continues the same line (onto the neck or the lumbar spine).
 */
export function spinePoint(skeleton: Skeleton, s: number): Vec3 {
  const thorax = skeleton.segments.thorax;
  const z = (1 - s) * WINTER.thorax;
  return toWorld(thorax, [-depthAt(thorax, z) / 2, 0, z]);
}

/** Outward from the back of the ribcage (toward the floor when lying on it). */
export const backNormal = (skeleton: Skeleton): Vec3 => scale(column(skeleton.segments.thorax.frame, 0), -1);

/** Where along the thoracic spine (C7 = 0, T12 = 1) the point nearest to `p` lies. */
export function spineFraction(skeleton: Skeleton, p: Vec3): number {
  const c7 = spinePoint(skeleton, 0);
  const t12 = spinePoint(skeleton, 1);
  const along = sub(t12, c7);
  return dot(sub(p, c7), along) / dot(along, along);
}

/**
 * Distance from `p` to a segment's surface, measured in the plane of `normal` (the side view's plane when
 * `normal` is the person's left-right axis): the segment's axis as a line, less its half-depth there.
 */
export function distanceToSurface(skeleton: Skeleton, id: SegmentId, p: Vec3, normal: Vec3): number {
  const segment = skeleton.segments[id];
  const [a, b] = segment.definition.shape.map((local) => toWorld(segment, local)) as [Vec3, Vec3];
  const flat = (v: Vec3): Vec3 => sub(v, scale(normal, dot(v, normal)));
  const ab = flat(sub(b, a));
  const ap = flat(sub(p, a));
  const t = Math.min(1, Math.max(0, dot(ap, ab) / (dot(ab, ab) || 1)));
  const gap = sub(ap, scale(ab, t));
  const z = lerp(segment.definition.shape[0][2], segment.definition.shape[1][2], t);
  return Math.hypot(gap[0], gap[1], gap[2]) - depthAt(segment, z) / 2;
}

/** The lowest point of a segment's drawn shape (height above the floor). */
export function lowestPoint(skeleton: Skeleton, id: SegmentId): number {
  const segment = skeleton.segments[id];
  const { shape, breadth, depth } = segment.definition;
  const fz = column(segment.frame, 0)[2];
  const lz = column(segment.frame, 1)[2];
  return Math.min(
    ...shape.map((local, i) => {
      const r = Math.hypot((breadth[i as 0 | 1] / 2) * lz, (depth[i as 0 | 1] / 2) * fz);
      return toWorld(segment, local)[2] - r;
    }),
  );
}

/** The heel and the tip of the toes, on the sole. */
export function sole(skeleton: Skeleton, side: Side): { heel: Vec3; toe: Vec3 } {
  const foot = skeleton.segments[`${side}-foot`];
  return { heel: toWorld(foot, [-0.035, 0, -WINTER.footHeight]), toe: foot.distal };
}

/**
 * The middle of a shoulder blade on the back of the ribcage: about a third of the way down from C7 to T12
 * (the blades span roughly T2 to T7), over the shoulder joint. The back is flatter than the drawn oval, so
 * the blade sits nearly as deep as the spine.
 */
export function shoulderBlade(skeleton: Skeleton, side: Side): Vec3 {
  const thorax = skeleton.segments.thorax;
  const z = WINTER.thorax * 0.66;
  const y = SEGMENTS[`${side}-upper-arm`].attach[1] * 0.75;
  return toWorld(thorax, [(-depthAt(thorax, z) / 2) * 0.92, y, z]);
}

/** The included angle at a joint, in degrees: 180 when straight. */
export function includedAngle(skeleton: Skeleton, upper: SegmentId, lower: SegmentId): number {
  const u = sub(skeleton.segments[upper].proximal, skeleton.segments[upper].distal);
  const v = sub(skeleton.segments[lower].distal, skeleton.segments[lower].proximal);
  const cos = dot(u, v) / (Math.hypot(...u) * Math.hypot(...v));
  return (Math.acos(Math.min(1, Math.max(-1, cos))) * 180) / Math.PI;
}
