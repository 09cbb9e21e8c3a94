import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { postgresRequirement } from "./test-database";

describe("[C-tests-not-silent] a missing PostgreSQL is a failure where it is required", () => {
  it("is available with LIMBER_TEST_DATABASE_URL, allowed to be missing locally, required under LIMBER_REQUIRE_POSTGRES=1", () => {
    expect(postgresRequirement({ LIMBER_TEST_DATABASE_URL: "postgres://x@127.0.0.1/db" })).toBe("available");
    expect(postgresRequirement({})).toBe("missing-allowed");
    expect(postgresRequirement({ LIMBER_TEST_DATABASE_URL: "", LIMBER_REQUIRE_POSTGRES: "1" })).toBe(
      "missing-required",
    );
    expect(postgresRequirement({ LIMBER_REQUIRE_POSTGRES: "0" })).toBe("missing-allowed");
  });

  it("fails to load, naming the variable, when PostgreSQL is required and not configured", () => {
    const module = join(import.meta.dirname, "test-database.ts");
    const loaded = spawnSync(
      process.execPath,
      ["--import", "tsx", "-e", `await import(${JSON.stringify(module)})`],
      {
        env: { ...process.env, LIMBER_TEST_DATABASE_URL: "", LIMBER_REQUIRE_POSTGRES: "1" },
        encoding: "utf8",
      },
    );
    expect(loaded.status).not.toBe(0);
    expect(loaded.stderr).toContain("LIMBER_REQUIRE_POSTGRES=1 but LIMBER_TEST_DATABASE_URL is not set");
  });
});
