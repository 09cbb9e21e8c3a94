/** What makes a password acceptable: 8 to 128 characters and not one of the most common passwords. */
import type { Issue } from "@limber/core";
import { COMMON_PASSWORDS } from "./common-passwords";

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** The problems with a new password, empty when it is acceptable. Length counts characters, not bytes. */
export function passwordIssues(password: string, path: string): Issue[] {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) {
    return [
      {
        code: "out_of_range",
        path,
        message: `must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long (it is ${length})`,
      },
    ];
  }
  if (COMMON_PASSWORDS.has(password.toLowerCase())) {
    return [
      {
        code: "invalid_input",
        path,
        message: "is one of the most common passwords and easy to guess; choose another",
      },
    ];
  }
  return [];
}
