/** Restoring a journal from a file saved earlier, for a new device or a cleared browser without an account. */
import { useState } from "preact/hooks";
import { announce } from "../app/live-region";
import { store } from "../storage/store";
import { parseRecordFile } from "./restore-file";

export function RestoreRecord() {
  const [outcome, setOutcome] = useState<{ text: string; problem: boolean } | null>(null);

  const restore = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    const result = parseRecordFile(await file.text());
    if (!result.ok) {
      setOutcome({ text: result.message, problem: true });
      return;
    }
    const added = await store.importEvents(result.events);
    const one = result.invalid === 1;
    const skipped =
      result.invalid > 0
        ? ` ${result.invalid} ${one ? "entry" : "entries"} in the file ${one ? "was" : "were"} not valid and left out.`
        : "";
    const text = `${added} journal ${added === 1 ? "entry was" : "entries were"} restored; entries already here were kept once.${skipped}`;
    setOutcome({ text, problem: result.invalid > 0 });
    announce(text);
  };

  return (
    <section aria-labelledby="restore-title">
      <h2 id="restore-title">Restore a journal from a file</h2>
      <p>
        Choose a file saved with "Download my record (JSON)". Its journal is added to this device. Screenings
        are not restored: answer the safety screening again before your next session.
      </p>
      <label class="field" for="restore-file">
        Limber record file (.json)
      </label>
      <input
        id="restore-file"
        type="file"
        accept="application/json,.json"
        onChange={restore}
        data-testid="restore-file"
      />
      {outcome ? (
        <p class={outcome.problem ? "field-error" : undefined} role="status" data-testid="restore-outcome">
          {outcome.text}
        </p>
      ) : null}
    </section>
  );
}
