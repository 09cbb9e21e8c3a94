/**
 * A picture-book model of joint cavitation (P9-P10) for the animation: stretching the joint widens the
 * space between its surfaces, the pressure in the capsule drops, and past a point the dissolved gases come
 * out of the synovial fluid as a bubble. The numbers drive a drawing, not a physiology simulation.
 */
export type JointPicture = {
  /** 0 (at rest) to 1 (fully stretched): how far apart the joint surfaces are drawn. */
  readonly gap: number;
  /** Relative pressure in the capsule, 1 at rest, falling as the space grows (P10). */
  readonly pressure: number;
  /** Whether the gas has come out of solution as a bubble (P10). */
  readonly bubble: boolean;
  /** How many of the drawn gas specks are still dissolved in the fluid (P9). */
  readonly dissolved: number;
};

export const GAS_SPECKS = 12;
/** Below this relative pressure the drawing shows the bubble forming. */
export const BUBBLE_PRESSURE = 0.5;
const LOWEST_PRESSURE = 0.2;

export function jointAt(stretch: number): JointPicture {
  const gap = Math.min(1, Math.max(0, stretch));
  const pressure = 1 - (1 - LOWEST_PRESSURE) * gap;
  const bubble = pressure < BUBBLE_PRESSURE;
  return { gap, pressure, bubble, dissolved: bubble ? 0 : GAS_SPECKS };
}
