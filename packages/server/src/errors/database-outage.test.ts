import { describe, expect, it } from "vitest";
import { isDatabaseOutage } from "./database-outage";

describe("issue 17 finding 2: which database failures mean 'unavailable'", () => {
  it.each([
    ["08006", "connection failure"],
    ["08001", "cannot connect"],
    ["53300", "too many connections"],
    ["53100", "disk full"],
    ["53200", "out of memory"],
    ["55000", "a database closed to connections"],
    ["55P03", "a lock not available"],
    ["57P01", "an administrator ended the connection"],
    ["57P03", "cannot connect now"],
    ["57014", "a cancelled query"],
    ["25006", "a read-only transaction"],
    ["ECONNREFUSED", "nothing listening"],
  ])("%s (%s) is unavailable", (code) => {
    expect(isDatabaseOutage({ code })).toBe(true);
    expect(isDatabaseOutage(new Error("wrapped", { cause: { code } }))).toBe(true);
  });

  it.each([
    ["22001", "a value too long: bad input"],
    ["23505", "a unique violation"],
    ["23503", "a foreign key violation"],
    ["25P02", "a transaction already failed: a bug"],
    ["42P01", "an unknown table: a bug"],
    ["40001", "a serialization failure"],
    ["XX000", "an internal error"],
  ])("%s (%s) is not an outage", (code) => {
    expect(isDatabaseOutage({ code })).toBe(false);
  });
});
