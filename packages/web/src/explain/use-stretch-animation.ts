/**
 * Plays the joint stretching from rest to fully stretched over a few seconds, so the pressure can be seen
 * falling and the bubble forming. With prefers-reduced-motion it jumps straight to the end instead.
 */
import { useEffect, useRef } from "preact/hooks";

export const STRETCH_ANIMATION_MS = 3000;

export function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
}

export function useStretchAnimation(setStretch: (stretch: number) => void) {
  const frame = useRef<number | null>(null);
  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );
  return () => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    if (prefersReducedMotion()) {
      setStretch(1);
      return;
    }
    const start = performance.now();
    const draw = () => {
      const fraction = Math.min(1, (performance.now() - start) / STRETCH_ANIMATION_MS);
      setStretch(fraction);
      frame.current = fraction < 1 ? requestAnimationFrame(draw) : null;
    };
    setStretch(0);
    frame.current = requestAnimationFrame(draw);
  };
}
