/**
 * Side views of the thoracic foam-roller release (P4-P5): lying on the back, knees bent, feet flat, the
 * roller across the upper back beneath the shoulder blades (never under the lower back, P6).
 */
import type { Scene } from "./scene";

type Pose = { hipY: number; hug: boolean; rolling?: boolean };

function RollerFigure({ hipY, hug, rolling }: Pose) {
  const shoulder = { x: 122, y: 114 };
  const hip = { x: 205, y: hipY };
  const knee = { x: 245, y: 96 };
  const foot = { x: 272, y: 146 };
  return (
    <>
      <line class="floor" x1="10" y1="152" x2="310" y2="152" />
      <g class={rolling ? "anim-roll" : undefined}>
        <circle class="roller" cx="125" cy="136" r="15" />
        <circle class="figure-head" cx="92" cy="108" r="13" />
        <path class="figure" d={`M104 110 L${shoulder.x} ${shoulder.y} L${hip.x} ${hip.y}`} />
        {hug ? (
          <path class="figure limb" d="M124 110 L160 100 M130 100 L166 112" />
        ) : (
          <path class="figure limb" d={`M${shoulder.x + 4} ${shoulder.y + 2} L168 ${Math.min(hipY, 140)}`} />
        )}
      </g>
      <path
        class="figure"
        d={`M${hip.x} ${hip.y} L${knee.x} ${knee.y} L${foot.x} ${foot.y} L290 ${foot.y}`}
      />
    </>
  );
}

export const ROLLER_SCENES: Record<string, Scene> = {
  "roll-position": {
    viewBox: "0 80 320 120",
    title: "Lying on your back, knees bent and feet flat, with the roller beneath your shoulder blades.",
    draw: () => <RollerFigure hipY={142} hug={false} />,
  },
  "roll-hug": {
    viewBox: "0 80 320 120",
    title: "Arms crossed over the chest as if giving yourself a hug, spreading the shoulder blades.",
    draw: () => <RollerFigure hipY={142} hug />,
  },
  "roll-lift": {
    viewBox: "0 80 320 120",
    title: "Hips lifted slightly off the floor, just enough to control the pressure, core lightly engaged.",
    draw: () => (
      <>
        <RollerFigure hipY={124} hug />
        <path class="cue-arrow" d="M205 150 L205 132 M199 138 L205 130 L211 138" />
      </>
    ),
  },
  "roll-release": {
    viewBox: "0 80 320 120",
    title:
      "Rolling slowly between the base of the neck and the bottom of the ribcage, hips lifted, arms crossed.",
    draw: () => (
      <>
        <RollerFigure hipY={124} hug rolling />
        <path class="cue-arrow" d="M100 170 L160 170 M106 164 L100 170 L106 176 M154 164 L160 170 L154 176" />
        <text class="scene-label" x="130" y="194" text-anchor="middle">
          neck to ribcage only
        </text>
      </>
    ),
  },
  "roll-finish": {
    viewBox: "0 80 320 120",
    title: "Hips lowered back to the floor, resting before getting up.",
    draw: () => (
      <>
        <RollerFigure hipY={142} hug={false} />
        <path class="cue-arrow" d="M205 110 L205 128 M199 122 L205 130 L211 122" />
      </>
    ),
  },
};
