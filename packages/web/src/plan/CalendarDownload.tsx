/**
 * "Add to my calendar": the plan as an iCalendar file any calendar app imports, with no account. Importing
 * it again after a change updates the same events (stable UIDs, a higher SEQUENCE) rather than adding more.
 */
import type { Plan } from "@limber/core/plan/plan";
import { useState } from "preact/hooks";
import { wallNow } from "../app/clock";

function download(text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/calendar" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = "limber-plan.ics";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function CalendarDownload({ plan }: { readonly plan: Plan }) {
  const [failed, setFailed] = useState(false);
  const add = async () => {
    try {
      // The generator loads only when asked for: it is not needed to draw any screen.
      const { toICalendar } = await import("@limber/core/plan/calendar");
      download(toICalendar(plan, wallNow()));
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  return (
    <section class="plan-calendar card" aria-labelledby="plan-calendar-title">
      <h2 id="plan-calendar-title">Add to my calendar</h2>
      <p class="muted">
        A file for any calendar app, with a reminder at each time. It says "check-in and safety check", never
        which technique: Limber decides on the day. No account needed.
      </p>
      <div class="actions">
        <button type="button" class="button" onClick={add} data-testid="plan-calendar-download">
          Add to my calendar
        </button>
      </div>
      {failed && (
        <p class="field-error" role="alert">
          The calendar file could not be made here. Reload the page and try again.
        </p>
      )}
    </section>
  );
}
