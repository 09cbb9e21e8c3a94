/**
 * Web Push opt-in from the plan: the server's public VAPID key, and the person's subscriptions (a browser's
 * endpoint and keys). Endpoints must be https URLs of a push service on the internet (push-endpoint.ts), so
 * the server cannot be pointed at its own network; the test suite's local push service is the one exception,
 * by setting.
 */
import { z } from "zod";
import { ApiError } from "../errors/api-error";
import { defineRoute } from "../http/api-route";
import { wallDate } from "../wall-date";
import { checkEndpoint, type EndpointRefusal } from "./push-endpoint";
import { removeSubscription, saveSubscription } from "./push-store";
import { vapidKeys } from "./vapid-keys";

const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;
const subscriptionSchema = z.strictObject({
  endpoint: z.url({ error: "must be the push service URL the browser gave" }).max(2000),
  expirationTime: z.number().nullable().optional(),
  keys: z.strictObject({
    p256dh: z.string().regex(BASE64URL, { error: "must be base64url" }).max(200),
    auth: z.string().regex(BASE64URL, { error: "must be base64url" }).max(100),
  }),
});
const endpointSchema = z.strictObject({ endpoint: z.url().max(2000) });

const ENDPOINT_REFUSALS: Record<EndpointRefusal, string> = {
  "not-https": "The push endpoint must be an https URL from the browser's push service.",
  "private-address":
    "The push endpoint must be a push service on the internet, not a local or private address.",
};

export const PUSH_ROUTES = [
  defineRoute({
    method: "GET",
    url: "/api/push/key",
    tag: "plan",
    summary: "The server's public VAPID key, for the browser's pushManager.subscribe",
    access: "public",
    responses: { 200: { description: "The key", schema: z.object({ publicKey: z.string() }) } },
    async handle({ services }) {
      const keys = await vapidKeys(services.database, services.settings.vapid);
      return { status: 200, body: { publicKey: keys.publicKey } };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/push/subscriptions",
    tag: "plan",
    summary: "Opt in to reminders on this device: store its push subscription (again is the same)",
    access: "signed-in",
    body: subscriptionSchema,
    responses: {
      204: { description: "Stored" },
      400: { description: "invalid_input: not a push subscription, or not https" },
    },
    async handle({ body, user, services }) {
      const refusal = checkEndpoint(new URL(body.endpoint), {
        allowLocal: services.settings.allowHttpPushEndpoints,
      });
      if (refusal) throw new ApiError("invalid_input", ENDPOINT_REFUSALS[refusal]);
      await saveSubscription(
        services.database,
        user.id,
        { endpoint: body.endpoint, keys: body.keys },
        wallDate(services.clock),
      );
      return { status: 204 };
    },
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/push/subscriptions",
    tag: "plan",
    summary: "Opt out on this device: forget its push subscription",
    access: "signed-in",
    body: endpointSchema,
    responses: {
      204: { description: "Removed" },
      404: { description: "not_found: no such subscription of yours" },
    },
    async handle({ body, user, services }) {
      if (!(await removeSubscription(services.database, user.id, body.endpoint))) {
        throw new ApiError("not_found", "This device is not subscribed.");
      }
      return { status: 204 };
    },
  }),
];
