/**
 * Reminders: on this device by Web Push when signed in and the browser can show them; otherwise the screen
 * says why and offers the calendar. Every reminder says the same neutral words (core: REMINDER_TEXT) and
 * leads to the home screen, where the safety check decides.
 */
import { REMINDER_TEXT } from "@limber/core/plan/reminder";
import { useEffect, useState } from "preact/hooks";
import { account } from "../account/account";
import { SettingSwitch } from "../app/SettingSwitch";
import { CalendarFeed } from "./CalendarFeed";
import { currentSubscription, pushSupport, turnOffReminders, turnOnReminders } from "./push-subscription";

export function ReminderSettings() {
  const signedIn = account.state.value.status === "signed-in";
  const supported = pushSupport() === "supported";
  const [on, setOn] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (signedIn && supported)
      void currentSubscription()
        .then((s) => setOn(s !== null))
        .catch(() => undefined);
  }, [signedIn, supported]);
  const change = async (next: boolean) => {
    const failure = next ? await turnOnReminders() : await turnOffReminders();
    setProblem(failure);
    if (failure === null) setOn(next);
  };
  return (
    <section class="plan-reminders card" aria-labelledby="plan-reminders-title" data-testid="plan-reminders">
      <h2 id="plan-reminders-title">Reminders</h2>
      <p>
        At most one a day, at your first planned time. It says only: <q>{REMINDER_TEXT.body}</q> No reminder
        goes out on a rest day after a stop for pain, or while Limber says to get urgent help.
      </p>
      {!signedIn ? (
        <p class="plan-reminders-off" data-testid="plan-reminders-signed-out">
          Reminders on this device need an account on your Limber server: <a href="#/account">sign in</a>.
          Without one, add the plan to your calendar: it reminds you just the same.
        </p>
      ) : !supported ? (
        <p class="plan-reminders-off" data-testid="plan-reminders-unsupported">
          This browser cannot show Limber's reminders. Add the plan to your calendar instead, or use the
          calendar link below.
        </p>
      ) : (
        <SettingSwitch
          label="Reminders on this device"
          checked={on}
          onChange={(next) => void change(next)}
          testId="plan-push"
        />
      )}
      {problem && (
        <p class="field-error" role="alert" data-testid="plan-push-problem">
          {problem}
        </p>
      )}
      {signedIn && <CalendarFeed />}
    </section>
  );
}
