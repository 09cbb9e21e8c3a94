/**
 * One tap records "I felt the urge to crack my back"; Undo removes that entry for a few seconds after.
 * The urge is recorded without judgement: the journal uses it to spot a frequent need to adjust (P20).
 */
import { useEffect, useState } from "preact/hooks";
import { wallNow } from "../app/clock";
import { announce } from "../app/live-region";
import { deleteEvent, recordEvent } from "../storage/store";

export const UNDO_MS = 10_000;

export function UrgeButton() {
  const [lastId, setLastId] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!lastId) return;
    const timer = setTimeout(() => setLastId(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [lastId]);

  const record = async () => {
    const id = crypto.randomUUID();
    try {
      await recordEvent({ type: "adjust-urge", id, at: new Date(wallNow()).toISOString() });
      setFailure(null);
      setLastId(id);
      announce("Urge to crack your back recorded. Undo is available for 10 seconds.");
    } catch (error) {
      setFailure(error instanceof Error ? error.message : "The urge could not be recorded; try again.");
    }
  };

  const undo = async () => {
    if (!lastId) return;
    try {
      await deleteEvent(lastId);
      announce("Removed.");
    } catch {
      // Already gone (deleted elsewhere): nothing left to undo.
    }
    setLastId(null);
  };

  return (
    <div class="urge">
      <button type="button" class="button" data-testid="urge-button" onClick={record}>
        I felt the urge to crack my back
      </button>
      {lastId ? (
        <p class="urge-recorded">
          Recorded.{" "}
          <button type="button" class="button" data-testid="urge-undo" onClick={undo}>
            Undo
          </button>
        </p>
      ) : null}
      {failure ? (
        <p class="field-error" role="alert">
          {failure}
        </p>
      ) : null}
    </div>
  );
}
