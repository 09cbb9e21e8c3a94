/**
 * How far through its movement a scene is, driven by requestAnimationFrame: `once` plays and rests at the
 * end, `loop` goes round, `still` and prefers-reduced-motion show the final pose and never move. Paused
 * (`active` false) it holds where it is. Each frame goes to `draw`, which puts it on the picture itself
 * (issue 19: a render of the component tree 30 times a second is a long task a tap can land behind on a
 * slow phone); the progress returned is always the frame last drawn, so any render shows that frame.
 */
import { useEffect, useRef } from "preact/hooks";
import type { Scene } from "./scenes/scene";

// The movements are slow (P13); about 30 frames a second is smooth and spares a phone's battery.
const FRAME_MS = 33;
const FRAMES_PER_SECOND = 30;

export function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
}

export function useSceneProgress(
  scene: Scene | undefined,
  active: boolean,
  draw: (progress: number) => void,
): number {
  const moving = !!scene && scene.motion !== "still" && !prefersReducedMotion();
  const progress = useRef(moving ? 0 : 1);
  const elapsed = useRef(0);
  const drawRef = useRef(draw);
  drawRef.current = draw;

  // A new scene starts its movement from the beginning, from its very first render.
  const key = scene ? `${scene.id}:${scene.side ?? ""}` : "";
  const shownKey = useRef(key);
  if (shownKey.current !== key) {
    shownKey.current = key;
    elapsed.current = 0;
    progress.current = moving ? 0 : 1;
  }

  useEffect(() => {
    if (!scene || !moving || !active || typeof requestAnimationFrame !== "function") return;
    const duration = scene.seconds * 1000;
    let last = performance.now();
    let drawn = last;
    let frame = requestAnimationFrame(function tick(now) {
      elapsed.current += Math.max(0, now - last);
      last = now;
      const done = scene.motion === "once" && elapsed.current >= duration;
      if (done || now - drawn >= FRAME_MS) {
        drawn = now;
        const raw =
          scene.motion === "loop"
            ? (elapsed.current % duration) / duration
            : Math.min(1, elapsed.current / duration);
        // Whole frames only, so a loop comes back to exactly the frames it drew before (and can reuse them).
        const frames = Math.max(1, Math.round(scene.seconds * FRAMES_PER_SECOND));
        const next = Math.round(raw * frames) / frames;
        if (next !== progress.current) {
          progress.current = next;
          drawRef.current(next);
        }
      }
      if (!done) frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [scene, moving, active]);

  return moving ? progress.current : 1;
}
