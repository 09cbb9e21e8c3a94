/**
 * The tap-to-call button, the same wherever an emergency is spoken of (C-call-wherever-emergency): the
 * number, and under it whose number it is with a link to change it in Settings ("Your country"). When the
 * country is not known it calls 112 and offers the choice beside it.
 */
import { settings } from "../storage/store";
import "./safety.css";
import { emergencyCall } from "./emergency-call";

export function CallButton({ testId = "emergency-call" }: { readonly testId?: string }) {
  const call = emergencyCall(settings.value);
  return (
    <div class="call-button" data-testid={`${testId}-block`}>
      <a class="button emergency-call" href={call.href} data-testid={testId}>
        Call {call.number}
      </a>
      <p class="call-whose" data-testid={`${testId}-country`}>
        {call.from.kind === "country" && (
          <>
            The emergency number in {call.from.inSentence}
            {call.also.length > 0
              ? ` (${call.also.join(" and ")} also work${call.also.length === 1 ? "s" : ""})`
              : ""}
            . <a href="#/settings">Not in {call.from.inSentence}?</a>
          </>
        )}
        {call.from.kind === "own" && (
          <>
            The number you set in Settings. <a href="#/settings">Change it</a>
          </>
        )}
        {call.from.kind === "default" && (
          <>
            112 reaches emergency services across Europe and from most mobile phones.{" "}
            <a href="#/settings">Choose your country</a> for its own number.
          </>
        )}
      </p>
    </div>
  );
}
