/** The one error shape of the API (docs/api.md), checked the same way by every test. */
import { expect } from "vitest";
import type { ApiRequest, ApiResponse } from "./api-client";

type ErrorDetail = { code: unknown; path: unknown; message: unknown };

/** Throws unless the response is `{ error: { code, message, details? } }` with a non-empty message. */
export function expectErrorBody(response: ApiResponse, code?: string): void {
  expect(response.headers["content-type"] ?? "", response.text).toMatch(/^application\/json/);
  const body = response.json as { error?: { code?: unknown; message?: unknown; details?: unknown } };
  expect(body?.error, response.text).toBeTypeOf("object");
  const error = body.error ?? {};
  expect(error.code, response.text).toMatch(/^[a-z]+(_[a-z]+)*$/);
  expect(error.message, response.text).toBeTypeOf("string");
  expect((error.message as string).length, response.text).toBeGreaterThan(0);
  if (error.details !== undefined) {
    expect(Array.isArray(error.details), response.text).toBe(true);
    for (const detail of error.details as ErrorDetail[]) {
      expect(detail.code, response.text).toBeTypeOf("string");
      expect(detail.path, response.text).toBeTypeOf("string");
      expect(detail.message, response.text).toBeTypeOf("string");
    }
  }
  // Never internals: no stack frames, no SQL, no Node error names.
  expect(response.text).not.toMatch(/\n\s+at |node_modules|syntax error at|ECONNREFUSED/);
  if (code !== undefined) expect(error.code, response.text).toBe(code);
}

/** Passes a 2xx; otherwise the response must be 503 `unavailable` with a Retry-After (a database outage). */
export function expectOkOrUnavailable(response: ApiResponse, sent: ApiRequest): void {
  const context = `${sent.method} ${sent.path} -> ${response.status} ${response.text.slice(0, 200)}`;
  if (response.status < 300) return;
  expect(response.status, context).toBe(503);
  expectErrorBody(response, "unavailable");
  expect(Number(response.headers["retry-after"]), context).toBeGreaterThan(0);
}
