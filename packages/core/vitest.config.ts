import { defineProject } from "vitest/config";

// Property tests run hundreds of cases on the CPU: on a machine busy with the other suites one can take
// several seconds, so a test gets more than Vitest's default 5 s before it counts as hung.
export default defineProject({
  test: { name: "core", environment: "node", include: ["src/**/*.test.ts"], testTimeout: 20_000 },
});
