import { describe, expect, it } from "vitest";
import type { ApiAnswer, ApiProblem, ProblemCode } from "../account/server-api";
import { classifyAnswer, type Delivery } from "./delivery";
import type { OutboxOp } from "./outbox-entry";

const put: OutboxOp = {
  op: "put",
  event: { type: "adjust-urge", id: "6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a", at: "2026-11-24T08:00:00Z" },
};
const del: OutboxOp = { op: "delete", id: "6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a" };
const failed = (status: number | null, code: ProblemCode, details?: ApiProblem["details"]) => ({
  ok: false as const,
  problem: { status, code, message: "m", ...(details ? { details } : {}) },
});

describe("what a server answer means for an outbox entry", () => {
  it.each([
    ["201 Created", { ok: true as const, status: 201, body: {} }, put, "done"],
    ["200 identical retry", { ok: true as const, status: 200, body: {} }, put, "done"],
    ["204 deleted", { ok: true as const, status: 204, body: null }, del, "done"],
    ["404 on delete", failed(404, "not_found"), del, "done"],
    ["410 on put: deleted on another device", failed(410, "event_deleted"), put, "done"],
    ["409 conflict", failed(409, "event_conflict"), put, "rejected"],
    ["400 invalid", failed(400, "invalid_input"), put, "rejected"],
    ["404 on put", failed(404, "not_found"), put, "rejected"],
    ["no network", failed(null, "network"), put, "retry"],
    ["503", failed(503, "unavailable"), put, "retry"],
    ["500", failed(500, "internal_error"), del, "retry"],
    ["429", failed(429, "rate_limited"), put, "retry"],
    ["401", failed(401, "unauthenticated"), put, "signed-out"],
    ["408 timed out", failed(408, "request_timeout"), put, "retry"],
    // With no Limber error body (a proxy's page) only the status speaks: a failure that may pass is retried...
    ["a proxy's 502 page", failed(502, "http_502"), put, "retry"],
    ["a proxy's 504 page", failed(504, "http_504"), del, "retry"],
    ["a proxy's 425", failed(425, "http_425"), put, "retry"],
    ["a proxy's 401", failed(401, "http_401"), put, "signed-out"],
    // ...but it never proves the server holds the change or has let it go, so the entry is not dropped.
    ["a proxy's 410 page on put", failed(410, "http_410"), put, "rejected"],
    ["a proxy's 404 page on delete", failed(404, "http_404"), del, "rejected"],
    [
      "400 dated ahead of the server's clock",
      failed(400, "invalid_input", [{ code: "event_after_now", path: "at", message: "is in the future" }]),
      put,
      "retry",
    ],
  ] satisfies [string, ApiAnswer<unknown>, OutboxOp, Delivery["kind"]][])(
    "%s -> %s",
    (_name, answer, op, kind) => {
      expect(classifyAnswer(op, answer).kind).toBe(kind);
    },
  );
});
