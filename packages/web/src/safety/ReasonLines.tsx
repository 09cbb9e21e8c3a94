/**
 * The reasons of a safety state, each once: a reason met in several ways names each place it came from, the
 * reasons a new safety check alone ends are one line, and each line says what ends it (way-back.ts in core).
 */
import type { ReasonGroup, SafetyInput, SafetyReason, SafetyState } from "@limber/core/safety/safety-state";
import { Cite } from "../sources/Cite";
import type { SafetyCore } from "./safety-core";
import { endWords, originWords } from "./way-out-words";

type ReasonLinesProps = {
  readonly core: SafetyCore | null;
  readonly state: SafetyState;
  readonly input: SafetyInput | undefined;
  /** Only these reasons (an emergency notice lists the others under "Also on your record"). */
  readonly only?: (reason: SafetyReason) => boolean;
};

export function ReasonLines({ core, state, input, only }: ReasonLinesProps) {
  const shown: SafetyState = only ? { ...state, reasons: state.reasons.filter(only) } : state;
  if (shown.reasons.length === 0) return null;
  const groups = core && input ? core.groupReasons(shown, input) : withoutEnds(shown.reasons);
  return (
    <ul class="safety-reasons">
      {groups.map((group) => (
        // data-reason lists every code the line stands for (select one with [data-reason~="code"]).
        <li key={group.code} data-reason={group.codes.join(" ")} data-origin={group.origins.join(" ")}>
          {group.message} <span class="safety-origin">{originWords(group)}</span>{" "}
          {group.sources.map((source) => (
            <Cite key={source} source={source} />
          ))}
          {group.ends.length > 0 && (
            <span class="safety-ends" data-testid="safety-reason-ends">
              {group.ends.map((end) => endWords(end, group)).join(" ")}
              {group.acknowledgeable && !group.acknowledged
                ? " Or say that you understand, to go on with gentle sessions."
                : ""}
            </span>
          )}
          {group.acknowledged && <span class="safety-acknowledged"> You said you understand.</span>}
        </li>
      ))}
    </ul>
  );
}

/** Before the rules have loaded, or for a state made elsewhere: one line per code, no ends. */
function withoutEnds(reasons: readonly SafetyReason[]): ReasonGroup[] {
  const byCode = new Map<string, ReasonGroup>();
  for (const reason of reasons) {
    const known = byCode.get(reason.code);
    byCode.set(reason.code, {
      code: reason.code,
      level: known?.level ?? reason.level,
      message: known?.message ?? reason.message,
      origins: [...new Set([...(known?.origins ?? []), reason.origin])],
      sources: [...new Set([...(known?.sources ?? []), reason.source])],
      acknowledgeable: (known?.acknowledgeable ?? true) && reason.acknowledgeable,
      acknowledged: (known?.acknowledged ?? true) && reason.acknowledged,
      ends: [],
      codes: [reason.code],
    });
  }
  return [...byCode.values()];
}
