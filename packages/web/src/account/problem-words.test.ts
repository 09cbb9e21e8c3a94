import { describe, expect, it } from "vitest";
import { type ProblemFacts, problemWords } from "./problem-words";

const invalid = (path: string, code = "invalid_input", message = "validator text"): ProblemFacts => ({
  code: "invalid_input",
  status: 400,
  details: [{ code, path, message }],
});

describe("one plain message per problem, from its code and field, never the validator's text", () => {
  it.each([
    [
      "a password that is too short",
      invalid("password", "out_of_range", "must be 8 to 128 characters long (it is 5)"),
      "Choose a password of 8 to 128 characters.",
    ],
    [
      "a password that is too easy to guess",
      invalid("password", "invalid_input", "is a single word; a longer phrase..."),
      "Choose a password that is harder to guess: three or four unrelated words work well.",
    ],
    [
      "a new password that is too short",
      invalid("newPassword", "out_of_range"),
      "Choose a password of 8 to 128 characters.",
    ],
    [
      "an email address that is not one",
      invalid("email"),
      "Enter your whole email address, like name@example.org.",
    ],
    [
      "a journal entry dated in the future",
      invalid("at", "event_after_now", "is in the future; check the device's clock"),
      "This entry is dated in the future, so the server will not take it yet. Check this device's date and time.",
    ],
    [
      "a screening dated in the future",
      invalid("authored", "invalid_date"),
      "This entry is dated in the future, so the server will not take it yet. Check this device's date and time.",
    ],
    [
      "wrong sign-in details",
      { code: "invalid_credentials", status: 401 },
      "That email and password do not match an account here. Check both and try again.",
    ],
    [
      "an email already signed up",
      { code: "email_taken", status: 409 },
      "An account with this email already exists here. Sign in instead.",
    ],
    [
      "too many tries",
      { code: "rate_limited", status: 429 },
      "Too many tries in a short time. Wait a minute, then try again.",
    ],
  ] satisfies [string, ProblemFacts, string][])("says %s plainly", (_name, problem, words) => {
    const said = problemWords(problem);
    expect(said).toBe(words);
    expect(said).not.toMatch(/validator text|: must be|is not valid:|\(it is \d+\)/);
  });

  it("never shows a field name or a server message for an unknown problem", () => {
    const said = problemWords({
      code: "http_418",
      status: 418,
      details: [{ path: "x.y", message: "raw" }],
    });
    expect(said).not.toMatch(/x\.y|raw|http_418/);
    expect(said).toMatch(/try again/);
  });

  it("reassures that nothing is lost when the server cannot be reached or fails", () => {
    expect(problemWords({ code: "network", status: null })).toMatch(/safe on this device/);
    expect(problemWords({ code: "http_502", status: 502 })).toMatch(/safe on this device/);
    expect(problemWords({ code: "internal_error", status: 500 })).toMatch(/safe on this device/);
  });
});
