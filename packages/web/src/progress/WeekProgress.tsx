/**
 * Progress over weeks, in plain words (journal, visit summary, clinician's view): sessions done against
 * the plan, how stiffness and pain moved, stops for pain and urges. Never a score, a streak or a target.
 */
import type { JournalEvent } from "@limber/core/journal/events";
import type { Plan } from "@limber/core/plan/plan";
import { describeWeek, weekProgress } from "@limber/core/plan/week-progress";
import "./week-progress.css";

type WeekProgressProps = {
  readonly events: readonly JournalEvent[];
  readonly plan: Plan | undefined;
  readonly timeZone: string;
  readonly now: number;
  /** "your" for the person, "their" for a clinician. */
  readonly whose: "your" | "their";
  readonly weeks?: number;
};

const weekLabel = (monday: string) =>
  new Date(`${monday}T12:00:00Z`).toLocaleDateString(undefined, {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });

export function WeekProgress({ events, plan, timeZone, now, whose, weeks = 4 }: WeekProgressProps) {
  const rows = weekProgress({ plan, events, timeZone: plan?.timeZone ?? timeZone, now, weeks }).reverse();
  return (
    <section class="week-progress" aria-labelledby="week-progress-title" data-testid="week-progress">
      <h2 id="week-progress-title">Week by week</h2>
      <p class="muted">
        {plan
          ? `Sessions done against ${whose} plan, and how stiffness and pain moved from the first check-in of each week to the last.`
          : `Sessions done, and how stiffness and pain moved from the first check-in of each week to the last. ${whose === "your" ? "Make a plan to see them against it." : "No plan is set."}`}
      </p>
      <ol class="week-list">
        {rows.map((week, index) => (
          <li key={week.start} data-testid="week-row">
            <span class="week-when">
              {index === 0 ? "This week so far" : `Week of ${weekLabel(week.start)}`}
            </span>
            <span class="week-words">{describeWeek(week)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
