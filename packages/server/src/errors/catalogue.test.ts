import { readFileSync } from "node:fs";
import { API_ERROR_CODES } from "@limber/core/api/error-codes";
import { describe, expect, it } from "vitest";
import { ApiError, invalidInput } from "./api-error";
import { ERROR_CATALOGUE, type ErrorCode } from "./catalogue";

const DOCS = readFileSync(new URL("../../../../docs/server.md", import.meta.url), "utf8");
const codes = Object.keys(ERROR_CATALOGUE) as ErrorCode[];

describe("the error catalogue", () => {
  it.each(codes)("gives %s an HTTP error status and a message a person can act on", (code) => {
    const { status, message } = ERROR_CATALOGUE[code];
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(600);
    expect(message).toMatch(/^[A-Z].{10,}\.$/);
  });

  it.each(codes)("documents %s with the same status in docs/server.md", (code) => {
    const row = new RegExp(`^\\|\\s*\`${code}\`\\s*\\|\\s*${ERROR_CATALOGUE[code].status}\\s*\\|`, "m");
    expect(DOCS).toMatch(row);
  });

  it("gives a status and a message to exactly the codes core shares with the clients", () => {
    expect([...codes].sort()).toEqual([...API_ERROR_CODES].sort());
  });

  it("keeps snake_case codes", () => {
    for (const code of codes) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  it("renders an ApiError in the design's error shape", () => {
    expect(new ApiError("not_found").toBody()).toEqual({
      error: { code: "not_found", message: ERROR_CATALOGUE.not_found.message },
    });
  });

  it("answers an unknown, expired or revoked share with one 404 whose words a clinician can act on", () => {
    expect(new ApiError("share_not_found").status).toBe(404);
    expect(ERROR_CATALOGUE.share_not_found.message).toBe(
      "This link was withdrawn or has expired; ask your patient for a new one.",
    );
  });

  it("lists every issue of bad input in the message and as details", () => {
    const error = invalidInput([
      { code: "missing_answer", path: "answers.fever", message: "must be answered" },
      { code: "unknown_item", path: "answers.headache", message: "is not a question" },
    ]);
    expect(error.status).toBe(400);
    expect(error.message).toBe(
      "The request is not valid: answers.fever: must be answered; answers.headache: is not a question.",
    );
    expect(error.toBody().error.details).toHaveLength(2);
  });
});
