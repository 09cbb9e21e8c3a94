import { describe, expect, it } from "vitest";
import { API_ERROR_CODES, isApiErrorCode } from "./error-codes";

describe("the API's error codes", () => {
  it.each(API_ERROR_CODES)("knows %s", (code) => {
    expect(isApiErrorCode(code)).toBe(true);
  });

  it.each([["http_502"], ["network"], ["Not_Found"], [""], [404], [null], [undefined]])(
    "does not take %j, which no server answer names, for one of its codes",
    (code) => {
      expect(isApiErrorCode(code)).toBe(false);
    },
  );
});
