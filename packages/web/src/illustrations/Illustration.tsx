/**
 * The SVG scene for a step, by the illustration id the core's technique data names. Drawn with the theme's
 * colours; the one movement (rolling) stops under prefers-reduced-motion.
 */
import { useId } from "preact/hooks";
import "./illustrations.css";
import { ROLLER_SCENES } from "./roller-scenes";
import type { Scene } from "./scene";
import { TWIST_SCENES } from "./twist-scenes";

export const SCENES: Readonly<Record<string, Scene>> = { ...ROLLER_SCENES, ...TWIST_SCENES };

export function Illustration({ scene, active = true }: { scene: string; active?: boolean }) {
  const titleId = useId();
  const found = SCENES[scene];
  if (!found) return null;
  return (
    <svg
      class={active ? "illustration" : "illustration is-still"}
      viewBox={found.viewBox ?? "0 0 320 200"}
      role="img"
      aria-labelledby={titleId}
      data-scene={scene}
    >
      <title id={titleId}>{found.title}</title>
      {found.draw()}
    </svg>
  );
}
