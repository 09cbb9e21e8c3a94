/**
 * The outline of a rounded body shape: two circles (radius r0 at p0, r1 at p1) joined by their outer
 * tangents, as SVG path data in whole units.
 */
import type { Point } from "./camera";

const round = (n: number): number => Math.round(n);
const pt = (p: Point): string => `${round(p[0])} ${round(p[1])}`;

export function capsulePath(p0: Point, r0: number, p1: Point, r1: number): string {
  const dx = p1[0] - p0[0];
  const dy = p1[1] - p0[1];
  const distance = Math.hypot(dx, dy);
  // One circle inside the other (a segment seen end-on): draw the larger circle.
  if (distance <= Math.abs(r0 - r1) + 1e-6) {
    const [c, r] = r0 >= r1 ? [p0, r0] : [p1, r1];
    return circlePath(c, r);
  }
  const ux = dx / distance;
  const uy = dy / distance;
  // The outer tangents touch both circles where the normal m satisfies m . u = (r0 - r1) / distance.
  const sin = (r0 - r1) / distance;
  const cos = Math.sqrt(1 - sin * sin);
  const m1: Point = [ux * sin - uy * cos, uy * sin + ux * cos];
  const m2: Point = [ux * sin + uy * cos, uy * sin - ux * cos];
  const at = (c: Point, r: number, m: Point): Point => [c[0] + m[0] * r, c[1] + m[1] * r];
  const rr1 = round(r1);
  const rr0 = round(r0);
  return (
    `M${pt(at(p0, r0, m1))}L${pt(at(p1, r1, m1))}` +
    `A${rr1} ${rr1} 0 ${sin < 0 ? 1 : 0} 0 ${pt(at(p1, r1, m2))}` +
    `L${pt(at(p0, r0, m2))}A${rr0} ${rr0} 0 ${sin > 0 ? 1 : 0} 0 ${pt(at(p0, r0, m1))}Z`
  );
}

export function circlePath(c: Point, r: number): string {
  const rr = round(r);
  return `M${round(c[0] - r)} ${round(c[1])}a${rr} ${rr} 0 1 0 ${2 * rr} 0a${rr} ${rr} 0 1 0 ${-2 * rr} 0Z`;
}
