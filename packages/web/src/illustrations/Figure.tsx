/**
 * Draws a frame: each limb's outline first, then its fills, so the outline runs round the limb as one shape;
 * far limbs first and a shade darker, the roller last.
 */
import type { FrameDrawing } from "./scenes/scene-drawing";

export function Figure({ drawing }: { drawing: FrameDrawing }) {
  return (
    <>
      {drawing.chains.map((chain) => (
        <g
          key={chain.chain}
          class={chain.far ? "figure-limb is-far" : "figure-limb"}
          data-chain={chain.chain}
        >
          {chain.shapes.map((shape, i) => (
            <path key={`o${i}`} class="figure-outline" d={shape.d} />
          ))}
          {chain.shapes.map((shape, i) => (
            <path key={`f${i}`} class={`figure-${shape.tone}`} d={shape.d} />
          ))}
        </g>
      ))}
      {drawing.roller && (
        <g class="roller" data-testid="roller">
          <path class="roller-body" d={drawing.roller.outer} />
          <path class="roller-core" d={drawing.roller.inner} />
          <path class="roller-mark" d={drawing.roller.mark} />
        </g>
      )}
    </>
  );
}
