/** Offers a newly installed version; shown only when one is waiting. */
import { applyUpdate, updateReady } from "./update";
import "./update.css";

export function UpdateBanner() {
  if (!updateReady.value) return null;
  return (
    <div class="banner banner-ok update-banner" role="status">
      <p>A new version of Limber is ready. Finish any session first; your record is kept.</p>
      <button type="button" class="button" onClick={() => applyUpdate()} data-testid="apply-update">
        Reload to update
      </button>
    </div>
  );
}
