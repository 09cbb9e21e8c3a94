/**
 * Sending one outbox entry and deciding what its answer means, by the server's error code (core's catalogue).
 * Only an answer that proves the server holds the change (or that it is already gone) removes the entry;
 * anything uncertain is retried.
 */
import { toFhirQuestionnaireResponse } from "@limber/core/screening/fhir";
import {
  type ApiAnswer,
  type ApiProblem,
  callApi,
  type Fetch,
  isBodiless,
  isSignedOut,
  type ProblemCode,
} from "../account/server-api";
import type { OutboxOp } from "./outbox-entry";

export type Delivery =
  | { readonly kind: "done" }
  /** The network or the server failed; the same entry is sent again later. */
  | { readonly kind: "retry"; readonly problem: ApiProblem }
  /** The server refused it for good (a conflict or invalid data); shown to the person, not retried. */
  | { readonly kind: "rejected"; readonly problem: ApiProblem }
  /** The session has ended; the entry waits until the person signs in again. */
  | { readonly kind: "signed-out"; readonly problem: ApiProblem };

/** The server's codes for a failure that may pass: the same entry is sent again later. */
const RETRY_CODES: ReadonlySet<ProblemCode> = new Set([
  "network",
  "request_timeout",
  "rate_limited",
  "internal_error",
  "unavailable",
] satisfies ProblemCode[]);
/** Statuses that may pass, for an answer with no Limber error body (a proxy's page), where only they speak. */
const RETRY_STATUSES = new Set([408, 425, 429]);

export function classifyAnswer(op: OutboxOp, answer: ApiAnswer<unknown>): Delivery {
  if (answer.ok) return { kind: "done" };
  const { problem } = answer;
  if (isSignedOut(problem)) return { kind: "signed-out", problem };
  if (problem.status !== null && isBodiless(problem)) return byStatusAlone(problem, problem.status);
  if (RETRY_CODES.has(problem.code)) return { kind: "retry", problem };
  // The server refuses events dated ahead of its clock; a device clock running fast is fine a little later.
  if (problem.details?.some((detail) => detail.code === "event_after_now")) return { kind: "retry", problem };
  // The person deleted this event (on another device); the pull's tombstones remove it here too.
  if (op.op === "put" && problem.code === "event_deleted") return { kind: "done" };
  // Deleting what the server does not have leaves the server as the person wants it.
  if (op.op === "delete" && problem.code === "not_found") return { kind: "done" };
  return { kind: "rejected", problem };
}

/**
 * An answer that carried no Limber error body (a proxy's or a load balancer's page) has only its status:
 * a server-side or timing failure is retried, but nothing else is concluded, and above all not that the
 * server holds the change or has let it go.
 */
function byStatusAlone(problem: ApiProblem, status: number): Delivery {
  if (status >= 500 || RETRY_STATUSES.has(status)) return { kind: "retry", problem };
  return { kind: "rejected", problem };
}

export async function deliver(op: OutboxOp, fetch?: Fetch): Promise<Delivery> {
  const base = fetch ? { fetch } : {};
  let answer: ApiAnswer<unknown>;
  if (op.op === "put") {
    answer = await callApi("/api/journal/events", { ...base, method: "POST", body: op.event });
  } else if (op.op === "acknowledgement") {
    answer = await callApi("/api/acknowledgements", { ...base, method: "POST", body: op.fact });
  } else if (op.op === "retraction") {
    answer = await callApi("/api/retractions", { ...base, method: "POST", body: op.fact });
  } else if (op.op === "delete") {
    answer = await callApi(`/api/journal/events/${encodeURIComponent(op.id)}`, { ...base, method: "DELETE" });
  } else {
    // The screening contract takes complete answers; a screening stopped at an emergency answer has its own.
    const url = op.record.stoppedAt === undefined ? "/api/screenings" : "/api/screenings/stopped";
    answer = await callApi(url, {
      ...base,
      method: "POST",
      // As a QuestionnaireResponse (`completed` or `stopped`), so the server dates it by when it was answered
      // (`authored`), not received.
      body: toFhirQuestionnaireResponse(op.record.answers, op.record.at),
      // The server stores the screening under this key, so a retry stores nothing new.
      headers: { "idempotency-key": op.record.id },
    });
  }
  return classifyAnswer(op, answer);
}
