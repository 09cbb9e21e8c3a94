/**
 * Where the record lives, and whether this browser may clear it (issue 20, item 1): the browser's answer to
 * Limber's request to keep its data, in plain words, so a person without an account knows this device holds
 * their only copy.
 */
import type { KeepAnswer } from "../storage/record-keeping";
import { keeping, persistence } from "../storage/store";

export const KEPT_WORDS: Readonly<Record<KeepAnswer, string>> = {
  granted: "This browser has agreed to keep it: it will not clear it to free up space.",
  denied:
    "This browser has not agreed to keep it: it may clear it when the device runs low on space, or (Safari) after seven days without a visit unless Limber is installed.",
  unsupported: "This browser cannot promise to keep it: it may clear it when the device runs low on space.",
  unknown: "Limber is asking this browser whether it will keep it.",
};

export function RecordHome(props: { readonly signedIn: boolean }) {
  if (persistence.value === "memory") return null; // the banner above says the record is not saved at all
  const answer = keeping.answer.value;
  return (
    <section aria-labelledby="record-home-title" class="record-home" data-testid="record-home">
      <h2 id="record-home-title">Where your record lives</h2>
      <p data-testid="record-where">
        {props.signedIn ? "On this device and in your account." : "Only on this device."}
      </p>
      <p data-testid="record-kept" data-answer={answer}>
        {KEPT_WORDS[answer]}
      </p>
      {!props.signedIn && answer !== "granted" ? (
        <p class="muted">
          To keep it safe, download a copy from the visit summary (you can read it back below with "Restore a
          journal from a file"), or sign in to keep it in your account.
        </p>
      ) : null}
    </section>
  );
}
