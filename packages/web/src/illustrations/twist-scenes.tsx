/**
 * Views from above of the supine spinal twist (P6-P7): arms out in a T, one knee guided across toward the
 * floor on the other side, the opposite shoulder blade kept on the floor. The person's left is the viewer's
 * right, so each side is labelled.
 */
import type { Scene } from "./scene";

type Side = "left" | "right";
// Seen from above, lying face up with the head at the top: the person's left is on the viewer's right.
const X: Record<Side, number> = { left: 172, right: 148 };
const DIRECTION: Record<Side, number> = { left: -1, right: 1 };

function TwistFigure({ knee, holding }: { knee: Side | null; holding?: boolean }) {
  const legs = (["right", "left"] as const).map((side) => {
    const hipX = X[side];
    if (side !== knee) return <path key={side} class="figure" d={`M${hipX} 128 L${hipX} 188`} />;
    // The bent knee crosses the body toward the floor on the opposite side.
    const kneeX = 160 + DIRECTION[side] * 46;
    return (
      <path key={side} class="figure" d={`M${hipX} 128 L${kneeX} 146 L${160 + DIRECTION[side] * 6} 176`} />
    );
  });
  // The hand on the side the knee moves toward rests lightly on it; the other arm stays out in the T.
  const helper: Side | null = knee === "left" ? "right" : knee === "right" ? "left" : null;
  const arm = (side: Side) => {
    const dir = side === "left" ? 1 : -1;
    if (side === helper && knee)
      return (
        <path key={side} class="figure limb" d={`M${160 + dir * 14} 70 L${160 + DIRECTION[knee] * 44} 140`} />
      );
    return <path key={side} class="figure limb" d={`M${160 + dir * 14} 70 L${160 + dir * 92} 70`} />;
  };
  return (
    <>
      <circle class="figure-head" cx="160" cy="40" r="15" />
      <path class="figure" d="M160 56 L160 128 M146 70 L174 70" />
      {arm("left")}
      {arm("right")}
      {legs}
      {holding && knee && <circle class="hold-ring" cx={160 + DIRECTION[knee] * 46} cy="146" r="14" />}
      <text class="scene-label" x="300" y="20" text-anchor="end">
        Left
      </text>
      <text class="scene-label" x="20" y="20">
        Right
      </text>
    </>
  );
}

const guide = (side: Side): Scene => ({
  title: `Lying on your back in a T, the ${side} knee bent and guided slowly across the body toward the floor, the ${side} shoulder blade on the floor.`,
  draw: () => <TwistFigure knee={side} />,
});
const hold = (side: Side): Scene => ({
  title: `Holding the ${side} knee across the body in a comfortable, gentle stretch for at least 30 seconds.`,
  draw: () => <TwistFigure knee={side} holding />,
});

export const TWIST_SCENES: Record<string, Scene> = {
  "twist-position": {
    title: "Lying flat on your back with your arms out to the sides in a T, shoulders on the floor.",
    draw: () => <TwistFigure knee={null} />,
  },
  "twist-guide-left": guide("left"),
  "twist-hold-left": hold("left"),
  "twist-guide-right": guide("right"),
  "twist-hold-right": hold("right"),
  "twist-return": {
    title: "Back in the centre, legs straight, arms out in a T, moving slowly.",
    draw: () => <TwistFigure knee={null} />,
  },
};
