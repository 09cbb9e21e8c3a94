/**
 * A facet joint drawn from the cavitation model: two joint surfaces in a capsule of synovial fluid with
 * dissolved gas, a pressure gauge, and the bubble once the pressure falls far enough (P9-P10).
 */
import { GAS_SPECKS, type JointPicture } from "./joint-cavitation";

// Spread the gas specks through the fluid in a fixed, even-looking pattern.
const SPECKS = Array.from({ length: GAS_SPECKS }, (_, i) => ({ x: 124 + ((i * 37) % 72), row: (i * 5) % 7 }));

export function JointDiagram({ joint, relaxed }: { joint: JointPicture; relaxed: boolean }) {
  const half = 6 + joint.gap * 18;
  const pressurePercent = Math.round(joint.pressure * 100);
  return (
    <svg
      class="joint-diagram"
      viewBox="0 0 320 200"
      role="img"
      aria-labelledby="joint-title"
      data-testid="joint-diagram"
    >
      <title id="joint-title">
        {`A spinal facet joint. Pressure in the joint: ${pressurePercent}% of resting. ${
          joint.bubble ? "A gas bubble has formed in the fluid." : "The gases are dissolved in the fluid."
        }`}
      </title>
      <ellipse class="capsule" cx="160" cy="100" rx="80" ry={36 + half} />
      <rect class="fluid" x="112" y={100 - half - 4} width="96" height={2 * half + 8} rx="6" />
      <rect class="bone" x="100" y={20} width="120" height={80 - half - 10} rx="14" />
      <rect class="bone" x="100" y={100 + half + 10} width="120" height={80 - half - 10} rx="14" />
      {joint.dissolved > 0 &&
        SPECKS.map((speck) => (
          <circle
            key={speck.x}
            class="gas"
            cx={speck.x}
            cy={100 - half + (2 * half * (speck.row + 0.5)) / 7}
            r="2.5"
          />
        ))}
      {joint.bubble && (
        <circle class="bubble" cx="160" cy="100" r={4 + half * 0.6} data-testid="joint-bubble" />
      )}
      <text x="160" y={56 - half / 2} text-anchor="middle" class="scene-label">
        joint surface
      </text>
      <text x="160" y={152 + half / 2} text-anchor="middle" class="scene-label">
        joint surface
      </text>
      <text x="8" y="14" class="scene-label">
        {relaxed ? "muscle relaxed" : "muscle guarding"}
      </text>
      <text x="160" y="196" text-anchor="middle" class="scene-label">
        fluid with dissolved gas
      </text>
      <g class={relaxed ? "muscle is-relaxed" : "muscle"}>
        <path d="M40 30 C20 80 20 120 40 170" />
        <path d="M280 30 C300 80 300 120 280 170" />
      </g>
      <g class="gauge">
        <rect x="262" y="60" width="14" height="80" rx="4" class="gauge-track" />
        <rect
          x="262"
          y={60 + 80 * (1 - joint.pressure)}
          width="14"
          height={80 * joint.pressure}
          rx="4"
          class="gauge-fill"
        />
        <text x="269" y="156" text-anchor="middle" class="scene-label">
          pressure
        </text>
      </g>
    </svg>
  );
}
