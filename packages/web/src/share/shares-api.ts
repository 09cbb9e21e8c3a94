/**
 * The shares API (docs/api.md "Shares"): the person's calls go with their session cookie; the clinician's
 * reads go with the share token as a bearer token and with no cookie at all (`credentials: "omit"`).
 */
import { type ApiAnswer, callApi, type Fetch } from "../account/server-api";

export type ShareWhat = "record" | "fhir";
export type Share = {
  readonly id: string;
  readonly label?: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly revokedAt: string | null;
};
export type ShareAccess = { readonly at: string; readonly what: ShareWhat };
export type ListedShare = Share & { readonly accesses: readonly ShareAccess[] };
export type CreatedShare = { readonly share: Share; readonly token: string; readonly url: string };

export const createShare = (body: { expiresInDays: number; label?: string }, fetch?: Fetch) =>
  callApi<CreatedShare>("/api/shares", { method: "POST", body, ...(fetch ? { fetch } : {}) });

export const listShares = (fetch?: Fetch) =>
  callApi<{ shares: ListedShare[] }>("/api/shares", fetch ? { fetch } : {});

export const stopShare = (id: string, fetch?: Fetch) =>
  callApi<null>(`/api/shares/${encodeURIComponent(id)}`, { method: "DELETE", ...(fetch ? { fetch } : {}) });

/** What a read through a share gives: the body, or why there is none. */
export type SharedRead<T> =
  | { readonly status: "ok"; readonly body: T }
  | { readonly status: "withdrawn" }
  | { readonly status: "busy"; readonly retryAfterSeconds: number }
  | { readonly status: "offline" }
  | { readonly status: "failed"; readonly message: string };

/** Reads the record or the FHIR Bundle through a share. Never sends or accepts a cookie. */
export async function readShared<T>(
  token: string,
  what: ShareWhat,
  fetch: Fetch = globalThis.fetch.bind(globalThis),
): Promise<SharedRead<T>> {
  let response: Response;
  try {
    response = await fetch(`/api/shared/${what}`, {
      headers: { accept: "application/json", authorization: `Bearer ${token}` },
      credentials: "omit",
      cache: "no-store",
      referrerPolicy: "no-referrer",
    });
  } catch {
    return { status: "offline" };
  }
  if (response.status === 404) return { status: "withdrawn" };
  if (response.status === 429) {
    const wait = Number(response.headers.get("retry-after"));
    return { status: "busy", retryAfterSeconds: Number.isFinite(wait) && wait > 0 ? wait : 60 };
  }
  const text = await response.text().catch(() => "");
  if (!response.ok) {
    return { status: "failed", message: "The server could not send the record just now; try again shortly." };
  }
  try {
    return { status: "ok", body: JSON.parse(text) as T };
  } catch {
    return {
      status: "failed",
      message: "The server sent something that is not a record; try again shortly.",
    };
  }
}

export type { ApiAnswer };

/**
 * Whether a share still stands, without reading the record (the server logs no visit for it): "live",
 * "withdrawn" (withdrawn, expired or unknown), or "unknown" when the server cannot say just now.
 */
export async function checkShared(
  token: string,
  fetch: Fetch = globalThis.fetch.bind(globalThis),
): Promise<"live" | "withdrawn" | "unknown"> {
  try {
    const response = await fetch("/api/shared/status", {
      headers: { authorization: `Bearer ${token}` },
      credentials: "omit",
      cache: "no-store",
      referrerPolicy: "no-referrer",
    });
    if (response.status === 404) return "withdrawn";
    return response.ok ? "live" : "unknown";
  } catch {
    return "unknown";
  }
}
