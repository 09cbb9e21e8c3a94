/**
 * One step's illustration: what it shows in words, from where it is seen, and how it moves. A scene is a
 * function of progress (0 to 1) to a frame, so a test can sample every moment of the movement and the
 * still picture under reduced motion is simply the last frame.
 */
import type { Side } from "../body/body-model";
import type { CAMERAS } from "../body/camera";
import { easeInOut, type Pose } from "../body/pose";
import type { Vec3 } from "../body/vec3";

export type Frame = {
  readonly pose: Pose;
  /** The foam roller, lying across the floor under the back; `turn` (radians) shows it rolling. */
  readonly roller?: { readonly centre: Vec3; readonly radius: number; readonly turn: number };
};

export type Scene = {
  readonly id: string;
  /** The accessible description of the picture: what the person does, with the side named in words. */
  readonly title: string;
  readonly source: string;
  readonly camera: keyof typeof CAMERAS;
  /** `once`: the movement plays once and stays at its end; `loop`: it goes back and forth; `still`: no movement. */
  readonly motion: "once" | "loop" | "still";
  /** Seconds for one pass of the movement: slow and controlled (P13). */
  readonly seconds: number;
  readonly frameAt: (progress: number) => Frame;
  readonly side?: Side;
};

/** Progress through evenly spaced keys, eased within each span: a slow start and a slow arrival. */
export function throughKeys<K>(keys: readonly K[], blend: (a: K, b: K, t: number) => Frame) {
  return (progress: number): Frame => {
    const spans = keys.length - 1;
    if (spans < 1) return blend(keys[0] as K, keys[0] as K, 0);
    const clamped = Math.min(1, Math.max(0, progress));
    const index = Math.min(spans - 1, Math.floor(clamped * spans));
    const a = keys[index] as K;
    const b = keys[index + 1] as K;
    return blend(a, b, easeInOut(clamped * spans - index));
  };
}
