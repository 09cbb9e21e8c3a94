/** The password policy: zxcvbn's estimate over its common dictionaries, plus the rules it cannot know. */
import { describe, expect, it } from "vitest";
import { passwordIssues } from "./password-policy";

const EMAIL = "ann.walker@example.org";

describe("the password policy", () => {
  it.each([
    ["eight spaces", "        "],
    ["one letter repeated", "aaaaaaaa"],
    ["one accented letter repeated", "éééééééééé"],
    ["the account's own email", EMAIL],
    ["the account's own email in other letters", "Ann.Walker@Example.org"],
    ["the local part of the email", "ann.walker"],
    ["the email with a digit", "ann.walker@example.org1"],
    ["a top-ten password", "12345678"],
    ["a common password", "password1"],
    ["a common password with capitals", "Password123"],
    ["a keyboard row", "qwertyuiop"],
    ["an alphabet run", "abcdefghij"],
    ["a name and a year", "jennifer2024"],
  ])("refuses %s", async (_name, password) => {
    const issues = await passwordIssues(password, "password", EMAIL);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: "password" });
    expect(issues[0]?.message).toMatch(/\w/);
  });

  it.each([
    ["a four-word passphrase", "correct horse battery staple"],
    ["a long mixed phrase", "Limber-stiff-back-9"],
    ["random characters", "zq8#Lm!2rv"],
  ])("accepts %s", async (_name, password) => {
    expect(await passwordIssues(password, "password", EMAIL)).toEqual([]);
  });

  it("says why: an own email is named as such", async () => {
    const [issue] = await passwordIssues("ann.walker@example.org!", "password", EMAIL);
    expect(issue?.message).toMatch(/email/);
  });

  it("counts characters, not bytes, for the length limits", async () => {
    expect((await passwordIssues("ééé", "password"))[0]).toMatchObject({ code: "out_of_range" });
    expect((await passwordIssues("x".repeat(129), "password"))[0]).toMatchObject({ code: "out_of_range" });
  });
});
