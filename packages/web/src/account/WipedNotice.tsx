/**
 * Said instead of an empty journal when the browser cleared the record this device held (issue 20, item 1):
 * what happened, that it was not the person's doing, and the two ways back (a saved copy, an account).
 */
import { keeping } from "../storage/store";

export function WipedNotice() {
  if (!keeping.wiped.value) return null;
  return (
    <section
      class="banner banner-warn wiped-notice"
      role="status"
      data-testid="wiped-notice"
      aria-labelledby="wiped-title"
    >
      <h2 id="wiped-title">This browser cleared your Limber record</h2>
      <p>
        This device held your journal before, and the browser has since removed Limber's data (browsers do
        this when space runs low, when site data is cleared, or after a long time unused). It was not
        something you did in Limber.
      </p>
      <p>
        If you downloaded a copy, restore it with "Restore a journal from a file" on the Account page. If you
        have an account, sign in there: your synced record comes back.
      </p>
      <div class="actions">
        <a class="button primary" href="#/account" data-testid="wiped-account">
          Restore or sign in
        </a>
        <button
          type="button"
          class="button"
          onClick={() => keeping.forget()}
          data-testid="wiped-start-afresh"
        >
          Start a new journal
        </button>
      </div>
    </section>
  );
}
