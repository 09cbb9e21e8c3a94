/**
 * Draws a frame: each limb's outline first, then its fills, so the outline runs round the limb as one shape;
 * far limbs first and a shade darker, the roller last. `patchFigure` puts a later frame on the same nodes.
 */
import type { FrameDrawing } from "./scenes/scene-drawing";

export function Figure({ drawing }: { drawing: FrameDrawing }) {
  return (
    <>
      {drawing.chains.map((chain) => (
        <g key={chain.chain} class={limbClass(chain.far)} data-chain={chain.chain}>
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

const limbClass = (far: boolean) => (far ? "figure-limb is-far" : "figure-limb");

function setAttribute(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/**
 * Puts `drawing` on the figure `Figure` drew inside `svg`, node for node, so it reads as `Figure` would
 * have drawn it. False (and nothing changed) when the drawing's shapes do not fit those nodes.
 */
export function patchFigure(svg: SVGSVGElement, drawing: FrameDrawing): boolean {
  const limbs = [...svg.children].filter((child) => child.hasAttribute("data-chain"));
  const roller = svg.querySelector(":scope > g.roller");
  if (limbs.length !== drawing.chains.length || (roller !== null) !== (drawing.roller !== undefined))
    return false;
  const fits = drawing.chains.every((chain, i) => {
    const limb = limbs[i];
    return (
      limb?.getAttribute("data-chain") === chain.chain && limb.children.length === chain.shapes.length * 2
    );
  });
  if (!fits) return false;
  drawing.chains.forEach((chain, i) => {
    const limb = limbs[i] as Element;
    setAttribute(limb, "class", limbClass(chain.far));
    chain.shapes.forEach((shape, j) => {
      const outline = limb.children[j] as Element;
      const fill = limb.children[chain.shapes.length + j] as Element;
      setAttribute(outline, "d", shape.d);
      setAttribute(fill, "d", shape.d);
      setAttribute(fill, "class", `figure-${shape.tone}`);
    });
  });
  if (roller && drawing.roller) {
    const [outer, inner, mark] = [...roller.children];
    if (outer) setAttribute(outer, "d", drawing.roller.outer);
    if (inner) setAttribute(inner, "d", drawing.roller.inner);
    if (mark) setAttribute(mark, "d", drawing.roller.mark);
  }
  return true;
}
