/**
 * What makes a password acceptable: 8 to 128 characters, not one character repeated, not the person's own
 * email, and hard to guess by zxcvbn's estimate (score 3 of 4 or more) against its dictionaries of common
 * passwords, words and names, and keyboard patterns. zxcvbn runs in a worker thread (password-strength.ts),
 * started on first use, so a server that nobody signs up to never pays for it.
 */
import type { Issue, IssueCode } from "@limber/core";
import { estimateStrength } from "./password-strength";

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
/** zxcvbn's 0..4 scale: 3 is "safely unguessable: moderate protection from offline slow-hash scenario". */
export const MIN_STRENGTH_SCORE = 3;

/** Words for zxcvbn's warnings, in the API's voice. */
const WHY: Readonly<Record<string, string>> = {
  userInputs: "contains your email address",
  common: "is one of the most common passwords",
  topTen: "is one of the most common passwords",
  topHundred: "is one of the most common passwords",
  similarToCommon: "is too close to a common password",
  simpleRepeat: "repeats characters",
  extendedRepeat: "repeats a pattern",
  sequences: "is a sequence like abcd or 1234",
  straightRow: "is a row of keys on the keyboard",
  keyPattern: "is a pattern of keys on the keyboard",
  dates: "is a date",
  recentYears: "is a recent year",
  namesByThemselves: "is a name",
  wordByItself: "is a single word",
};

const issue = (path: string, code: IssueCode, message: string): Issue[] => [{ code, path, message }];

/** The problems with a new password, empty when it is acceptable. Length counts characters, not bytes. */
export async function passwordIssues(password: string, path: string, email?: string): Promise<Issue[]> {
  const characters = [...password];
  const length = characters.length;
  if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) {
    return issue(
      path,
      "out_of_range",
      `must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long (it is ${length})`,
    );
  }
  if (new Set(characters).size === 1) {
    return issue(path, "invalid_input", "is one character repeated; choose a few unrelated words instead");
  }
  const folded = password.trim().toLowerCase();
  const ownEmail = email?.trim().toLowerCase();
  if (ownEmail && (folded === ownEmail || folded === ownEmail.split("@")[0])) {
    return issue(path, "invalid_input", "is your email address; choose something only you know");
  }
  const userInputs = ownEmail
    ? [ownEmail, ...ownEmail.split(/[@.+_-]/).filter((part) => part.length >= 3)]
    : [];
  const strength = await estimateStrength(password, userInputs);
  if (strength.score >= MIN_STRENGTH_SCORE) return [];
  const why = (strength.warning && WHY[strength.warning]) ?? "is too easy to guess";
  return issue(path, "invalid_input", `${why}; a longer phrase of three or four unrelated words is stronger`);
}
