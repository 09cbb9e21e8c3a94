/**
 * The home screen's picture: a person resting calmly on a foam roller, arms crossed (P4). Decorative (the
 * screen's words carry the meaning), and light: plain path data precomputed from the body engine.
 */
import "./figure-palette.css";
import { HERO_FIGURE } from "./hero/hero-figure";

export function HeroIllustration({ class: className }: { class?: string }) {
  const { viewBox, mat, limbs, roller } = HERO_FIGURE;
  return (
    <svg
      class={className ? `hero-illustration ${className}` : "hero-illustration"}
      viewBox={viewBox}
      aria-hidden="true"
      focusable="false"
    >
      <path class="illustration-mat" d={mat} />
      {limbs.map(([far, shapes], i) => (
        <g key={i} class={far ? "figure-limb is-far" : "figure-limb"}>
          {shapes.map(([, d]) => (
            <path key={`o${d}`} class="figure-outline" d={d} />
          ))}
          {shapes.map(([tone, d]) => (
            <path key={d} class={`figure-${tone}`} d={d} />
          ))}
        </g>
      ))}
      <path class="roller-body" d={roller[0]} />
      <path class="roller-core" d={roller[1]} />
      <path class="roller-mark" d={roller[2]} />
    </svg>
  );
}
