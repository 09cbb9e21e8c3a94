/** The reasons behind a screening decision, in plain words, each with where the rule comes from. */
import type { Reason } from "@limber/core/screening/triage";

export function Reasons({ reasons }: { reasons: readonly Reason[] }) {
  return (
    <ul class="reasons">
      {reasons.map((reason) => (
        <li key={reason.code} data-reason={reason.code}>
          {reason.message} <span class="source">(source: {reason.source})</span>
        </li>
      ))}
    </ul>
  );
}
