/**
 * The shares API (docs/api.md "Shares"): the person's calls go with their session cookie; the clinician's
 * reads go with the share token as a bearer token and with no cookie at all (`credentials: "omit"`).
 */
import type { ListedShare, Share, ShareWhat } from "@limber/core/api/share";
import { type ApiAnswer, type ApiProblem, callApi, type Fetch, isBodiless } from "../account/server-api";
export type CreatedShare = { readonly share: Share; readonly token: string; readonly url: string };

export const createShare = (body: { expiresInDays: number; label?: string }, fetch?: Fetch) =>
  callApi<CreatedShare>("/api/shares", { method: "POST", body, ...(fetch ? { fetch } : {}) });

export const listShares = (fetch?: Fetch) =>
  callApi<{ shares: ListedShare[] }>("/api/shares", fetch ? { fetch } : {});

export const stopShare = (id: string, fetch?: Fetch) =>
  callApi<null>(`/api/shares/${encodeURIComponent(id)}`, { method: "DELETE", ...(fetch ? { fetch } : {}) });

/** How a clinician's request goes: the share's token as a bearer token, no cookie, no referrer. */
const throughShare = (token: string, fetch?: Fetch) => ({
  headers: { authorization: `Bearer ${token}` },
  credentials: "omit" as const,
  referrerPolicy: "no-referrer" as const,
  ...(fetch ? { fetch } : {}),
});

/** Reads the record or the FHIR Bundle through a share. Never sends or accepts a cookie. */
export const readShared = <T>(token: string, what: ShareWhat, fetch?: Fetch): Promise<ApiAnswer<T>> =>
  callApi<T>(`/api/shared/${what}`, throughShare(token, fetch));

/**
 * The share was withdrawn, has expired or never existed: the server's one answer for all three. A bare 404
 * with no Limber body (from something in between) is read the same way, as the safer reading for a view
 * that must not show a record its person has withdrawn.
 */
export const isWithdrawn = (problem: ApiProblem): boolean =>
  problem.code === "share_not_found" || (isBodiless(problem) && problem.status === 404);

/**
 * Whether a share still stands, without reading the record (the server logs no visit for it): "live",
 * "withdrawn" (withdrawn, expired or unknown), or "unknown" when the server cannot say just now.
 */
export async function checkShared(token: string, fetch?: Fetch): Promise<"live" | "withdrawn" | "unknown"> {
  const answer = await callApi<null>("/api/shared/status", throughShare(token, fetch));
  if (answer.ok) return "live";
  return isWithdrawn(answer.problem) ? "withdrawn" : "unknown";
}
