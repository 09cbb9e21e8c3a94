import { defineProject } from "vitest/config";

// src/**: specifications beside the code; test/**: the server-verification suite (crash, two processes, access);
// test-support/**: the one test harness (stores, apps, people, fixtures), with its own specification.
export default defineProject({
  test: {
    name: "server",
    environment: "node",
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "test-support/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
