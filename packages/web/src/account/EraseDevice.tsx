/** Removing this device's copy of the record, behind an explicit confirmation (it cannot be undone). */
import { useState } from "preact/hooks";
import { announce } from "../app/live-region";

export function EraseDevice({ onErase }: { onErase: () => Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const erase = async () => {
    await onErase();
    setConfirming(false);
    announce("This device's copy of your record was erased.");
  };
  return (
    <section aria-labelledby="erase-title">
      <h2 id="erase-title">Erase this device's copy</h2>
      <p>
        Removes your screenings, journal and settings from this browser. A copy in your account, if you have
        an account, is not touched. Download your record from the visit summary first if you want to keep it.
      </p>
      {confirming ? (
        <div class="actions">
          <button type="button" class="button danger" onClick={erase} data-testid="erase-confirm">
            Yes, erase everything on this device
          </button>
          <button type="button" class="button" onClick={() => setConfirming(false)}>
            Keep my record
          </button>
        </div>
      ) : (
        <button type="button" class="button" onClick={() => setConfirming(true)} data-testid="erase-device">
          Erase this device's copy…
        </button>
      )}
    </section>
  );
}
