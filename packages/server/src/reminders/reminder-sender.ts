/**
 * Sends the reminders due now (Web Push, RFC 8030/8291 with VAPID, through `web-push`). For each person
 * with a plan and a subscription: the core says whether a slot is due (at the planned local time, across
 * daylight-saving changes) and whether their record allows a reminder at all (quiet in an emergency or on a
 * rest day after a stop for pain); the database claim makes it once per person and local day, whichever of
 * several server processes gets there first. A push service that answers 404 or 410 has dropped the
 * subscription, so it is removed. The payload is the core's pinned neutral text: no health detail.
 */
import {
  assessSafety,
  dueReminder,
  instant,
  type JournalEvent,
  REMINDER_TEXT,
  reminderAllowed,
} from "@limber/core";
import webpush from "web-push";
import { readAll } from "../journal/journal-store";
import { readPlan } from "../plan/plan-store";
import { listScreenings } from "../screening/screening-store";
import type { Services } from "../services";
import { wallDate } from "../wall-date";
import { endpointStillPublic } from "./push-endpoint";
import {
  claimReminder,
  ownersToRemind,
  type PushSubscription,
  removeSubscription,
  subscriptionsOf,
} from "./push-store";
import { vapidKeys } from "./vapid-keys";

/** How a push is delivered; a rejection carries the push service's `statusCode`. */
export type PushDelivery = (
  subscription: PushSubscription,
  payload: string,
  options: webpush.RequestOptions,
) => Promise<{ statusCode: number }>;

/** Product rule: a push service that does not answer in 10 s is given up on for this round. */
const PUSH_TIMEOUT_MS = 10_000;

/**
 * web-push signs (VAPID) and encrypts (aes128gcm) the request; fetch carries it, so a push service is
 * reached the same way over https and, where the settings allow it (the test suite), over http.
 */
export const webPushDelivery: PushDelivery = async (subscription, payload, options) => {
  const request = webpush.generateRequestDetails(subscription, payload, options);
  const response = await fetch(request.endpoint, {
    method: request.method,
    headers: request.headers as Record<string, string>,
    body: request.body ? new Uint8Array(request.body) : null,
    signal: AbortSignal.timeout(PUSH_TIMEOUT_MS),
    // A push service answers; it does not send the server on to another address (perhaps a private one).
    redirect: "manual",
  });
  await response.arrayBuffer();
  if (!response.ok)
    throw Object.assign(new Error(`push service answered ${response.status}`), {
      statusCode: response.status,
    });
  return { statusCode: response.status };
};

export type ReminderRound = { sent: number; removed: number; quiet: number; failed: number };

/** Product rule: a reminder older than an hour is not worth delivering late. */
const PUSH_TTL_SECONDS = 60 * 60;

async function allowed(services: Services, ownerId: string, timeZone: string, now: Date): Promise<boolean> {
  const [latest] = await listScreenings(services.database, ownerId);
  const events = (await readAll(services.database, ownerId, now)) as JournalEvent[];
  const state = assessSafety({
    latestScreening: latest ? { decision: latest.decision, at: latest.at } : null,
    events,
    acknowledgements: [],
    timeZone,
    now: instant(now.getTime()),
  });
  return reminderAllowed(state).send;
}

export async function sendDueReminders(
  services: Services,
  deliver: PushDelivery = webPushDelivery,
): Promise<ReminderRound> {
  const now = wallDate(services.clock);
  const round: ReminderRound = { sent: 0, removed: 0, quiet: 0, failed: 0 };
  const vapid = await vapidKeys(services.database, services.settings.vapid);
  for (const ownerId of await ownersToRemind(services.database)) {
    const plan = await readPlan(services.database, ownerId);
    const due = plan ? dueReminder(plan, now.getTime()) : undefined;
    if (!plan || !due) continue;
    // C-reminder-quiet-when-unsafe, C-rest-day-kept: nothing goes out, and the day stays unclaimed.
    if (!(await allowed(services, ownerId, plan.timeZone, now))) {
      round.quiet += 1;
      continue;
    }
    if (!(await claimReminder(services.database, ownerId, due.claim, now))) continue;
    const payload = JSON.stringify(REMINDER_TEXT);
    const policy = { allowLocal: services.settings.allowHttpPushEndpoints };
    for (const subscription of await subscriptionsOf(services.database, ownerId)) {
      // Its name may resolve elsewhere since it was stored: never to the server's own network.
      if (!(await endpointStillPublic(new URL(subscription.endpoint), policy))) {
        round.failed += 1;
        continue;
      }
      try {
        await deliver(subscription, payload, {
          vapidDetails: vapid,
          TTL: PUSH_TTL_SECONDS,
          contentEncoding: "aes128gcm",
        });
        round.sent += 1;
      } catch (error) {
        const status = (error as { statusCode?: number }).statusCode;
        if (status === 404 || status === 410) {
          await removeSubscription(services.database, ownerId, subscription.endpoint);
          round.removed += 1;
        } else round.failed += 1;
      }
    }
  }
  return round;
}
