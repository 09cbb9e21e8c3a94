import { THORACIC_FOAM_ROLL } from "@limber/core/content/techniques";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BODY, type Side, WINTER } from "../body/body-model";
import { type Skeleton, solveForwardKinematics } from "../body/kinematics";
import { distanceToSurface, includedAngle, lowestPoint, sole, spineFraction } from "../body/landmarks";
import { rollerScene } from "../body/roller-pose";
import { findScene } from "./catalogue";
import { ROLLING_RANGE } from "./roller-scenes";
import type { Frame, Scene } from "./scene";

const SIDE_PLANE = [0, 1, 0] as const;
const SIDES: readonly Side[] = ["left", "right"];
/** Touching: the roller's surface within 3 mm (of a 1.75 m person) of the back. */
const TOUCH = 0.002;

const SCENES: Scene[] = THORACIC_FOAM_ROLL.steps.map((step) => {
  const scene = findScene(step.illustration);
  if (!scene) throw new Error(`no scene for ${step.illustration}`);
  return scene;
});
const sceneById = (id: string) => SCENES.find((s) => s.id === id) as Scene;
const SAMPLES = Array.from({ length: 121 }, (_, i) => i / 120);
const SCENE_IDS = SCENES.map((scene) => scene.id);
/** Every sampled moment of a scene's movement (121 frames: a still scene gives the same frame each time). */
const framesOf = (id: string) => SAMPLES.map((t) => sceneById(id).frameAt(t));

function placed(frame: Frame): { skeleton: Skeleton; roller: NonNullable<Frame["roller"]> } {
  if (!frame.roller) throw new Error("a foam-roll frame without its roller");
  return { skeleton: solveForwardKinematics(frame.pose), roller: frame.roller };
}

/** Where the roller meets the body: the nearest segment and how far along C7 (0) to T12 (1) it presses. */
function contact(frame: Frame) {
  const { skeleton, roller } = placed(frame);
  const gaps = (["thorax", "lumbar", "pelvis", "neck", "head"] as const).map(
    (id) => [id, distanceToSurface(skeleton, id, roller.centre, SIDE_PLANE) - roller.radius] as const,
  );
  const [segment, gap] = gaps.reduce((a, b) => (b[1] < a[1] ? b : a));
  return { segment, gap, gaps: Object.fromEntries(gaps), fraction: spineFraction(skeleton, roller.centre) };
}

/** The C-roller-pose-range rule for one frame, as a list of what is wrong (empty when safe). */
function rangeProblems(frame: Frame): string[] {
  const c = contact(frame);
  const problems: string[] = [];
  if (c.segment !== "thorax") problems.push(`roller touches the ${c.segment}`);
  if (Math.abs(c.gap) > TOUCH) problems.push(`back is ${c.gap.toFixed(3)} H from the roller`);
  if (c.fraction < 0 || c.fraction > 1) problems.push(`roller at ${c.fraction.toFixed(2)} of C7..T12`);
  if ((c.gaps.lumbar ?? 0) <= 0) problems.push("roller presses on the lumbar spine");
  if ((c.gaps.neck ?? 0) <= 0) problems.push("roller presses on the neck");
  return problems;
}

describe("foam-roll illustrations (P4-P5)", () => {
  it.each(SCENE_IDS)(
    "[C-roller-pose-range] %s, every frame: the roller presses the back between the base of the neck and the bottom of the ribcage",
    (id) => {
      for (const [i, frame] of framesOf(id).entries()) expect([i, rangeProblems(frame)]).toEqual([i, []]);
    },
  );

  it("[C-roller-pose-range] at any moment of the rolling, never the lower back (any progress, sampled at random)", () => {
    const rolling = sceneById("roll-release");
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (t) => {
        expect(rangeProblems(rolling.frameAt(t))).toEqual([]);
      }),
    );
  });

  it("[C-roller-pose-range] the range check itself catches a roller under the lower back or the neck", () => {
    for (const contactAt of [1.25, -0.4]) {
      const { pose, roller } = rollerScene({ contact: contactAt, hipLift: 0.05, hug: 1 });
      expect(rangeProblems({ pose, roller: { ...roller, turn: 0 } })).not.toEqual([]);
    }
  });

  it("[C-roller-pose-range] rolling goes up and down over most of the thoracic spine, inside C7 to T12", () => {
    const fractions = SAMPLES.map((t) => contact(sceneById("roll-release").frameAt(t)).fraction);
    expect(Math.min(...fractions)).toBeLessThan(0.2);
    expect(Math.max(...fractions)).toBeGreaterThan(0.8);
    expect(ROLLING_RANGE.from).toBeGreaterThan(0);
    expect(ROLLING_RANGE.to).toBeLessThan(1);
  });

  it("[C-roller-pose-range] starts with the roller beneath the shoulder blades (P4)", () => {
    const { fraction } = contact(sceneById("roll-position").frameAt(1));
    // The shoulder blades cover about T2 to T7: the upper half of C7..T12.
    expect(fraction).toBeGreaterThan(0.1);
    expect(fraction).toBeLessThan(0.6);
  });

  it.each(SCENE_IDS)(
    "[C-roller-pose-range] %s, every frame: knees bent, feet flat on the floor (P4)",
    (id) => {
      for (const { skeleton } of framesOf(id).map(placed))
        for (const side of SIDES) {
          const { heel, toe } = sole(skeleton, side);
          expect(Math.abs(heel[2])).toBeLessThan(0.002);
          expect(Math.abs(toe[2])).toBeLessThan(0.002);
          const knee = includedAngle(skeleton, `${side}-thigh`, `${side}-shank`);
          expect(knee).toBeGreaterThan(45);
          expect(knee).toBeLessThan(140);
          // The knee points up, above both the hip and the ankle.
          expect(skeleton.segments[`${side}-thigh`].distal[2]).toBeGreaterThan(
            skeleton.segments[`${side}-thigh`].proximal[2],
          );
        }
    },
  );

  it.each(SCENE_IDS)("%s, every frame: nothing sinks into the floor and the roller lies on it", (id) => {
    for (const { skeleton, roller } of framesOf(id).map(placed)) {
      for (const segment of BODY)
        expect([segment.id, lowestPoint(skeleton, segment.id) > -0.004]).toEqual([segment.id, true]);
      expect(roller.centre[2]).toBeCloseTo(roller.radius, 9);
    }
  });

  it("[C-roller-pose-range] keeps the feet where they were put while rolling (no sliding)", () => {
    const heels = SAMPLES.map(
      (t) => sole(placed(sceneById("roll-release").frameAt(t)).skeleton, "right").heel[0],
    );
    expect(Math.max(...heels) - Math.min(...heels)).toBeLessThan(1e-9);
  });

  it("rests the hips on the floor before the lift and raises them just enough while rolling (P5)", () => {
    const hips = (id: string, t: number) => lowestPoint(placed(sceneById(id).frameAt(t)).skeleton, "pelvis");
    expect(hips("roll-position", 1)).toBeCloseTo(0, 3);
    expect(hips("roll-hug", 1)).toBeCloseTo(0, 3);
    expect(hips("roll-lift", 0)).toBeCloseTo(0, 3);
    for (const t of SAMPLES) {
      expect(hips("roll-release", t)).toBeGreaterThan(0.02);
      expect(hips("roll-release", t)).toBeLessThan(0.08);
    }
    expect(hips("roll-finish", 1)).toBeCloseTo(0, 3);
  });

  it("crosses the arms over the chest in a hug, each hand toward the other shoulder (P4)", () => {
    for (const id of ["roll-hug", "roll-lift", "roll-release", "roll-finish"]) {
      const { skeleton } = placed(sceneById(id).frameAt(1));
      for (const side of SIDES) {
        const other = side === "left" ? "right" : "left";
        const hand = skeleton.segments[`${side}-hand`].distal;
        const shoulder = skeleton.segments[`${other}-upper-arm`].proximal;
        expect(Math.hypot(hand[0] - shoulder[0], hand[1] - shoulder[1], hand[2] - shoulder[2])).toBeLessThan(
          WINTER.hand,
        );
        // Across the midline, to the other side of the body.
        expect(Math.sign(hand[1])).toBe(side === "left" ? -1 : 1);
      }
    }
  });
});
