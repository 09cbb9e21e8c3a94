/**
 * #/plan: the person's plan (days, local time, technique or "whichever feels right"), the calendar file,
 * and reminders. A plan never starts a session: every reminder leads home, where the safety state decides;
 * on a rest day after a stop for pain the screen says so, whatever the plan says (C-rest-day-kept).
 */
import type { PlanTechnique, Weekday } from "@limber/core/plan/plan";
import { useEffect, useState } from "preact/hooks";
import { account } from "../account/account";
import { deviceTimeZone } from "../safety/safety-input";
import { useSafetyState } from "../safety/use-safety-state";
import { CalendarDownload } from "./CalendarDownload";
import { type PlanChoice, PlanForm } from "./PlanForm";
import { planStore } from "./plan";
import { describeSchedule } from "./plan-words";
import { ReminderSettings } from "./ReminderSettings";
import "./plan.css";

/** A first plan to start from: three days a week, with days to rest between. */
const FIRST_PLAN: PlanChoice = {
  days: ["monday", "wednesday", "friday"],
  time: "08:00",
  technique: "either",
};

function choiceOf(plan: typeof planStore.plan.value): PlanChoice {
  if (!plan || plan.slots.length === 0) return FIRST_PLAN;
  const first = plan.slots[0] as (typeof plan.slots)[0];
  return {
    days: plan.slots.map((slot) => slot.day as Weekday),
    time: first.time,
    technique: first.technique as PlanTechnique,
  };
}

export default function PlanRoute() {
  const plan = planStore.plan.value;
  const safety = useSafetyState();
  const signedIn = account.state.value.status === "signed-in";
  const [savedRevision, setSavedRevision] = useState<number | null>(null);
  // Signed in: bring in a plan made on another device before showing this one.
  useEffect(() => {
    if (signedIn) void planStore.sync();
  }, [signedIn]);
  const resting =
    safety.status === "known" &&
    (safety.state.level === "rest-until" || safety.state.restUntil !== undefined);
  const save = async (choice: PlanChoice) => {
    const saved = await planStore.save(
      {
        timeZone: plan?.timeZone ?? deviceTimeZone(),
        slots: choice.days.map((day) => ({ day, time: choice.time, technique: choice.technique })),
      },
      new Date(),
      () => crypto.randomUUID(),
    );
    if (!saved.ok) return saved.issues.map((issue) => issue.message).join(" ");
    setSavedRevision(saved.value.revision);
    if (account.state.value.status === "signed-in") void planStore.sync();
    return null;
  };
  return (
    <section class="plan" aria-labelledby="plan-title">
      <h1 id="plan-title">Your plan</h1>
      <p class="lead">
        Gentle and regular helps a stiff back most. Pick the days and a time to come back: each time starts
        with a check-in and a safety check, and Limber decides then whether a session is right.
      </p>
      {resting && (
        <p class="banner banner-warn" role="status" data-testid="plan-rest-today">
          Today is a rest day after a stop for pain, whatever the plan says. Your plan picks up from tomorrow,
          after a fresh safety check.
        </p>
      )}
      {plan && plan.slots.length > 0 && (
        <p class="plan-summary" data-testid="plan-summary">
          Your plan:{" "}
          {describeSchedule(
            plan.slots.map((slot) => slot.day as Weekday),
            plan.slots[0]?.time ?? "",
          )}
          , {plan.timeZone} time.
        </p>
      )}
      <div class="plan-columns">
        <PlanForm
          key={plan?.revision ?? 0}
          initial={choiceOf(plan)}
          saved={plan !== undefined && plan.revision === savedRevision}
          onSave={save}
        />
        <div class="plan-side">
          {plan && plan.slots.length > 0 ? (
            <CalendarDownload plan={plan} />
          ) : (
            <p class="muted card">Save a plan to add it to your calendar.</p>
          )}
          <ReminderSettings />
        </div>
      </div>
    </section>
  );
}
