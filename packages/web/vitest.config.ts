import { defineProject } from "vitest/config";

export default defineProject({
  // Component tests load lazy screens and modules from disk; on a machine busy with the other suites that can
  // take seconds, so a test gets more than Vitest's default 5 s before it counts as hung.
  test: {
    name: "web",
    environment: "happy-dom",
    include: ["src/**/*.test.{ts,tsx}", "build/**/*.test.ts", "test-support/**/*.test.{ts,tsx}"],
    testTimeout: 15_000,
    setupFiles: ["test-support/effects-after-task.ts"],
  },
});
