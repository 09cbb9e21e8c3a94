/**
 * A jointed human body with real proportions, as fractions of standing height H (the model's unit: H = 1).
 *
 * Lengths from Winter's anthropometric table: D. A. Winter, "Biomechanics and Motor Control of Human
 * Movement", 4th ed. (2009), Fig. 4.1 / Table 4.1 (after Drillis & Contini): upper arm 0.186 H, forearm
 * 0.146 H, hand 0.108 H, thigh 0.245 H, shank 0.246 H, foot 0.152 H long and 0.039 H high, shoulder to hip
 * 0.288 H (shoulder 0.818 H, hip 0.530 H above the floor), neck and head 0.182 H (chin at 0.870 H), shoulder
 * width 0.259 H, hip width 0.191 H, foot width 0.055 H.
 * The trunk is split at the bottom of the ribcage, which standing sits at elbow height (0.630 H in the same
 * figure): thorax (C7 to T12, the rolled part, P5) 0.188 H, lumbar (T12 to the hips, never rolled, P6) 0.100 H.
 * Breadths and depths (cross-sections) are a drawing choice, not from the table.
 */
import type { Vec3 } from "./vec3";

export const WINTER = {
  upperArm: 0.186,
  forearm: 0.146,
  hand: 0.108,
  thigh: 0.245,
  shank: 0.246,
  footLength: 0.152,
  footHeight: 0.039,
  footWidth: 0.055,
  shoulderToHip: 0.288,
  neckAndHead: 0.182,
  /** Shoulder to chin: 0.870 H - 0.818 H. */
  neck: 0.052,
  /** Chin to the top of the head: 1 H - 0.870 H. */
  head: 0.13,
  /** Shoulder (0.818 H) to the bottom of the ribcage (elbow height, 0.630 H). */
  thorax: 0.188,
  /** Bottom of the ribcage (0.630 H) to the hip joints (0.530 H). */
  lumbar: 0.1,
  shoulderWidth: 0.259,
  hipWidth: 0.191,
} as const;

export type Side = "left" | "right";
export type SegmentId =
  | "pelvis"
  | "lumbar"
  | "thorax"
  | "neck"
  | "head"
  | `${Side}-${"upper-arm" | "forearm" | "hand" | "thigh" | "shank" | "foot"}`;

/** What a part is dressed in: it picks the fill colour. */
export type Tone = "skin" | "shirt" | "trousers" | "hair";

/** A drawn shape in a segment's frame: a rounded capsule between two points, with its cross-section. */
export type ShapeDefinition = {
  readonly shape: readonly [Vec3, Vec3];
  /** Breadth (left-right) and depth (front-back, or height for a foot) at each end. */
  readonly breadth: readonly [number, number];
  readonly depth: readonly [number, number];
  readonly tone: Tone;
};
export type Chain = "trunk" | `${Side}-arm` | `${Side}-leg`;

/**
 * One rigid segment. Its frame at rest (standing, anatomical position) is its parent's; `axis` runs from
 * its proximal joint to its distal joint in that frame (f: front, l: the person's left, a: up).
 */
export type SegmentDefinition = ShapeDefinition & {
  readonly id: SegmentId;
  readonly parent: SegmentId | "root";
  /** Where the proximal joint sits: at the parent's distal joint (or the root), plus this offset. */
  readonly attach: Vec3;
  readonly axis: Vec3;
  /** Smaller shapes drawn over the main one (the hair and nose, which show which way the face looks). */
  readonly details?: readonly ShapeDefinition[];
  readonly side?: Side;
  readonly chain: Chain;
};

const SIDE_SIGN: Record<Side, 1 | -1> = { left: 1, right: -1 };
// Hip joint centres sit inside the trochanters (Winter's 0.191 H hip width): about 0.1 H apart.
const HIP_OFFSET = 0.05;
// Shoulder joint centres sit a little inside the acromia (Winter's 0.259 H shoulder width).
const SHOULDER_OFFSET = 0.11;
const HEEL_BEHIND_ANKLE = 0.035;

const down = (length: number): Vec3 => [0, 0, -length];
const up = (length: number): Vec3 => [0, 0, length];

function limbs(side: Side): SegmentDefinition[] {
  const s = SIDE_SIGN[side];
  const arm = `${side}-arm` as const;
  const leg = `${side}-leg` as const;
  const toe = WINTER.footLength - HEEL_BEHIND_ANKLE;
  return [
    {
      id: `${side}-upper-arm`,
      parent: "thorax",
      attach: [0, s * SHOULDER_OFFSET, -0.015],
      axis: down(WINTER.upperArm),
      shape: [[0, 0, 0], down(WINTER.upperArm)],
      breadth: [0.058, 0.046],
      depth: [0.062, 0.048],
      side,
      chain: arm,
      tone: "shirt",
    },
    {
      id: `${side}-forearm`,
      parent: `${side}-upper-arm`,
      attach: [0, 0, 0],
      axis: down(WINTER.forearm),
      shape: [[0, 0, 0], down(WINTER.forearm)],
      breadth: [0.044, 0.034],
      depth: [0.046, 0.032],
      side,
      chain: arm,
      tone: "skin",
    },
    {
      id: `${side}-hand`,
      parent: `${side}-forearm`,
      attach: [0, 0, 0],
      axis: down(WINTER.hand),
      shape: [down(0.012), down(WINTER.hand - 0.016)],
      breadth: [0.034, 0.026],
      depth: [0.03, 0.024],
      side,
      chain: arm,
      tone: "skin",
    },
    {
      id: `${side}-thigh`,
      parent: "root",
      attach: [0, s * HIP_OFFSET, 0],
      axis: down(WINTER.thigh),
      shape: [[0, 0, 0], down(WINTER.thigh)],
      breadth: [0.1, 0.066],
      depth: [0.1, 0.064],
      side,
      chain: leg,
      tone: "trousers",
    },
    {
      id: `${side}-shank`,
      parent: `${side}-thigh`,
      attach: [0, 0, 0],
      axis: down(WINTER.shank),
      shape: [[0, 0, 0], down(WINTER.shank)],
      breadth: [0.062, 0.04],
      depth: [0.068, 0.042],
      side,
      chain: leg,
      tone: "trousers",
    },
    {
      // The foot's axis runs from the ankle to the tip of the toes on the sole; the heel is behind the ankle.
      id: `${side}-foot`,
      parent: `${side}-shank`,
      attach: [0, 0, 0],
      axis: [toe, 0, -WINTER.footHeight],
      shape: [
        [-HEEL_BEHIND_ANKLE + 0.026, 0, -WINTER.footHeight + 0.026],
        [toe - 0.015, 0, -WINTER.footHeight + 0.015],
      ],
      breadth: [0.05, WINTER.footWidth],
      depth: [0.052, 0.03],
      side,
      chain: leg,
      tone: "skin",
    },
  ];
}

/** The segments, parents before children. The root is the midpoint between the hip joints. */
export const BODY: readonly SegmentDefinition[] = [
  {
    id: "pelvis",
    parent: "root",
    attach: [0, 0, 0],
    axis: down(0.045),
    shape: [up(0.03), down(0.03)],
    breadth: [0.16, 0.17],
    depth: [0.115, 0.12],
    chain: "trunk",
    tone: "trousers",
  },
  {
    id: "lumbar",
    parent: "root",
    attach: [0, 0, 0],
    axis: up(WINTER.lumbar),
    shape: [[0, 0, 0], up(WINTER.lumbar)],
    breadth: [0.17, 0.16],
    depth: [0.11, 0.105],
    chain: "trunk",
    tone: "shirt",
  },
  {
    id: "thorax",
    parent: "lumbar",
    attach: [0, 0, 0],
    axis: up(WINTER.thorax),
    shape: [[0, 0, 0], up(WINTER.thorax - 0.02)],
    breadth: [0.17, 0.22],
    depth: [0.112, 0.125],
    chain: "trunk",
    tone: "shirt",
  },
  {
    id: "neck",
    parent: "thorax",
    attach: [0, 0, 0],
    axis: up(WINTER.neck),
    shape: [up(0.012), up(WINTER.neck)],
    breadth: [0.052, 0.048],
    depth: [0.052, 0.048],
    chain: "trunk",
    tone: "skin",
  },
  {
    id: "head",
    parent: "neck",
    attach: [0, 0, 0],
    axis: up(WINTER.head),
    shape: [
      [0.008, 0, 0.055],
      [-0.004, 0, 0.073],
    ],
    breadth: [0.098, 0.1],
    depth: [0.112, 0.116],
    details: [
      {
        shape: [
          [-0.022, 0, 0.062],
          [-0.012, 0, 0.082],
        ],
        breadth: [0.1, 0.1],
        depth: [0.075, 0.09],
        tone: "hair",
      },
      {
        shape: [
          [0.052, 0, 0.05],
          [0.062, 0, 0.046],
        ],
        breadth: [0.02, 0.018],
        depth: [0.022, 0.018],
        tone: "skin",
      },
    ],
    chain: "trunk",
    tone: "skin",
  },
  ...limbs("left"),
  ...limbs("right"),
];

/** The order to draw in when two shapes are level: the neck and head before the chest, so the neck goes
 * under the collar rather than across the chest when seen from above. */
export const DRAW_ORDER: readonly SegmentDefinition[] = [
  ...BODY.filter((s) => s.id === "neck" || s.id === "head"),
  ...BODY.filter((s) => s.id !== "neck" && s.id !== "head"),
];

export const SEGMENTS: Readonly<Record<SegmentId, SegmentDefinition>> = Object.fromEntries(
  BODY.map((segment) => [segment.id, segment]),
) as Record<SegmentId, SegmentDefinition>;

export const sideSign = (side: Side): 1 | -1 => SIDE_SIGN[side];
export const otherSide = (side: Side): Side => (side === "left" ? "right" : "left");
