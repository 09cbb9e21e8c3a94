/**
 * Web Push on this device: whether the browser can show reminders, and turning them on (the browser asks
 * the person; the subscription goes to the server) or off. Every failure is a sentence a person can act on.
 */
import { callApi } from "../account/server-api";

export type PushSupport = "supported" | "unsupported";

export function pushSupport(): PushSupport {
  const nav = globalThis.navigator as Navigator | undefined;
  return nav && "serviceWorker" in nav && "PushManager" in globalThis && "Notification" in globalThis
    ? "supported"
    : "unsupported";
}

function keyBytes(base64url: string): Uint8Array {
  const base64 = base64url.replaceAll("-", "+").replaceAll("_", "/");
  const raw = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(raw, (c) => c.charCodeAt(0));
}

async function registration(): Promise<ServiceWorkerRegistration | undefined> {
  const registered = await navigator.serviceWorker.getRegistration();
  return registered ?? undefined;
}

export async function currentSubscription(): Promise<PushSubscription | null> {
  if (pushSupport() !== "supported") return null;
  return (await (await registration())?.pushManager.getSubscription()) ?? null;
}

export async function turnOnReminders(): Promise<string | null> {
  if ((await Notification.requestPermission()) !== "granted") {
    return "Reminders need your permission to show notifications. You can allow them in the browser's site settings.";
  }
  const worker = await registration();
  if (!worker)
    return "Reminders need the installed app (its service worker is not running yet). Reload and try again.";
  const key = await callApi<{ publicKey: string }>("/api/push/key");
  if (!key.ok) return key.problem.message;
  let subscription: PushSubscription;
  try {
    subscription = await worker.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: keyBytes(key.body.publicKey) as BufferSource,
    });
  } catch {
    return "This browser could not reach its push service. Add the plan to your calendar instead.";
  }
  const stored = await callApi("/api/push/subscriptions", { method: "POST", body: subscription.toJSON() });
  return stored.ok ? null : stored.problem.message;
}

export async function turnOffReminders(): Promise<string | null> {
  const subscription = await currentSubscription();
  if (!subscription) return null;
  const removed = await callApi("/api/push/subscriptions", {
    method: "DELETE",
    body: { endpoint: subscription.endpoint },
  });
  await subscription.unsubscribe().catch(() => undefined);
  return removed.ok || removed.problem.code === "not_found" ? null : removed.problem.message;
}
