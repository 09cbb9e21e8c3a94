/**
 * `limber serve` looks for due reminders every `reminderIntervalMs` (a minute), one round at a time; a
 * round that fails (the database away) is logged in one line without detail and the next round tries again.
 */
import type { FastifyInstance } from "fastify";
import { sendDueReminders } from "./reminder-sender";

export function startReminderLoop(app: FastifyInstance, intervalMs: number): void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sendDueReminders(app.limber)
      .then((round) => {
        if (round.sent + round.removed + round.failed > 0) app.log.info({ reminders: round }, "reminders");
      })
      .catch(() => app.log.warn("reminders: this round failed; the next one tries again"))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  app.addHook("onClose", async () => clearInterval(timer));
}
