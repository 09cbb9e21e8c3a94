/** The little 3D algebra the body engine needs: vectors and rotation matrices (rows), nothing more. */
export type Vec3 = readonly [number, number, number];
export type Mat3 = readonly [Vec3, Vec3, Vec3];

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const length = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
export const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;

/** Matrix times vector. */
export const apply = (m: Mat3, v: Vec3): Vec3 => [dot(m[0], v), dot(m[1], v), dot(m[2], v)];

export function multiply(a: Mat3, b: Mat3): Mat3 {
  const [b0, b1, b2] = b;
  const row = (r: Vec3): Vec3 => [
    r[0] * b0[0] + r[1] * b1[0] + r[2] * b2[0],
    r[0] * b0[1] + r[1] * b1[1] + r[2] * b2[1],
    r[0] * b0[2] + r[1] * b1[2] + r[2] * b2[2],
  ];
  return [row(a[0]), row(a[1]), row(a[2])];
}

/** The frame's axes (its columns) in world coordinates. */
export const column = (m: Mat3, j: 0 | 1 | 2): Vec3 => [m[0][j], m[1][j], m[2][j]];

const radians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Rotation about the frame's first axis (f, front). */
export function rotateX(degrees: number): Mat3 {
  const c = Math.cos(radians(degrees));
  const s = Math.sin(radians(degrees));
  return [
    [1, 0, 0],
    [0, c, -s],
    [0, s, c],
  ];
}

/** Rotation about the frame's second axis (l, the person's left). */
export function rotateY(degrees: number): Mat3 {
  const c = Math.cos(radians(degrees));
  const s = Math.sin(radians(degrees));
  return [
    [c, 0, s],
    [0, 1, 0],
    [-s, 0, c],
  ];
}

/** Rotation about the frame's third axis (a, up the body). */
export function rotateZ(degrees: number): Mat3 {
  const c = Math.cos(radians(degrees));
  const s = Math.sin(radians(degrees));
  return [
    [c, -s, 0],
    [s, c, 0],
    [0, 0, 1],
  ];
}
