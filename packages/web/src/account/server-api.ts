/**
 * Talking to the Limber server (docs/api.md): JSON in and out, the session cookie sent by the browser,
 * and every failure turned into a value a screen can explain: its code, its details and one plain message
 * from problem-words.ts (never the server's validator text). Nothing here logs bodies.
 */
import { isApiErrorCode } from "@limber/core/api/error-codes";
import { type ProblemCode, problemWords } from "./problem-words";

/**
 * What a failure is known by: one of the server's error codes (core's catalogue, never retyped here);
 * `network` when the server could not be reached; `http_<status>` when an answer came with no Limber error
 * body (a proxy's 502 page, say), so only its status says anything; `missing_fields` for a form this app
 * refused before sending it.
 */
export type { ProblemCode };

export type ApiProblem = {
  readonly code: ProblemCode;
  readonly message: string;
  readonly status: number | null;
  readonly details?: readonly { readonly code?: string; readonly path?: string; readonly message: string }[];
  /** From the answer's Retry-After header (in seconds), when it gave a usable one. */
  readonly retryAfterSeconds?: number;
};

/**
 * Whether the answer came with no Limber error body (a proxy's or load balancer's page): then only its
 * status says anything, and nothing is concluded from it beyond what a status can prove.
 */
export function isBodiless(problem: ApiProblem): boolean {
  return problem.status !== null && problem.code === `http_${problem.status}`;
}

/** The session is gone: the server says so, or (with no body to say more) an answer was a plain 401. */
export function isSignedOut(problem: ApiProblem): boolean {
  return problem.code === "unauthenticated" || (isBodiless(problem) && problem.status === 401);
}

export type ApiAnswer<T> =
  | { readonly ok: true; readonly status: number; readonly body: T }
  | { readonly ok: false; readonly problem: ApiProblem };

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

type RequestOptions = {
  readonly method?: "GET" | "POST" | "DELETE";
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  readonly fetch?: Fetch;
  /** `omit` for a read through a share, which must never carry the person's session cookie. */
  readonly credentials?: RequestCredentials;
  readonly referrerPolicy?: ReferrerPolicy;
};

export async function callApi<T>(path: string, options: RequestOptions = {}): Promise<ApiAnswer<T>> {
  const send = options.fetch ?? globalThis.fetch.bind(globalThis);
  const headers: Record<string, string> = { accept: "application/json", ...options.headers };
  // Mutating requests must be JSON (the server refuses cross-site form posts), even with no body.
  if (options.method === "POST" || options.method === "DELETE") headers["content-type"] = "application/json";
  let response: Response;
  try {
    response = await send(path, {
      method: options.method ?? "GET",
      headers,
      credentials: options.credentials ?? "same-origin",
      cache: "no-store",
      ...(options.referrerPolicy ? { referrerPolicy: options.referrerPolicy } : {}),
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
  } catch {
    const facts = { code: "network", status: null } as const;
    return { ok: false, problem: { ...facts, message: problemWords(facts) } };
  }
  const text = await response.text().catch(() => "");
  let body: unknown = null;
  try {
    body = text === "" ? null : JSON.parse(text);
  } catch {
    body = null;
  }
  if (response.ok) return { ok: true, status: response.status, body: body as T };
  const error = (body as { error?: { code?: unknown; details?: ApiProblem["details"] } } | null)?.error;
  const wait = Number(response.headers.get("retry-after"));
  const facts = {
    code: isApiErrorCode(error?.code) ? error.code : (`http_${response.status}` as const),
    status: response.status,
    ...(Array.isArray(error?.details) ? { details: error.details } : {}),
    ...(Number.isFinite(wait) && wait > 0 ? { retryAfterSeconds: wait } : {}),
  };
  return { ok: false, problem: { ...facts, message: problemWords(facts) } };
}
