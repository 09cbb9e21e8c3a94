/**
 * P5: the slow, deep breathing pacer during a tight-spot pause. The circle grows while breathing in and
 * shrinks while breathing out; with reduced motion it stays still and the words carry the rhythm.
 */
export function BreathingPacer({ breathing }: { breathing: { phase: "in" | "out"; fraction: number } }) {
  const size = breathing.phase === "in" ? breathing.fraction : 1 - breathing.fraction;
  return (
    <div class="pacer" data-testid="breathing-pacer" data-phase={breathing.phase}>
      <div
        class="pacer-circle"
        style={{ transform: `scale(${(0.45 + 0.55 * size).toFixed(3)})` }}
        aria-hidden="true"
      />
      <p class="pacer-words">{breathing.phase === "in" ? "Breathe in slowly" : "Breathe out slowly"}</p>
    </div>
  );
}
