import { defineProject, mergeConfig } from "vitest/config";
import core from "./vitest.config";

// stryker.safety.config.json: mutation testing of the content, the session gate and the safety state only,
// against the tests that pin them. Content is module-level data, so Stryker runs every selected test for each
// of its mutants; selecting these files keeps one run of the whole mutant set within reach of a shared machine.
export default mergeConfig(
  core,
  defineProject({
    test: {
      include: [
        "src/content/**/*.test.ts",
        "src/safety/**/*.test.ts",
        "src/trace/hazards.test.ts",
        "src/session/gate.test.ts",
        "src/session/trusted-gate.test.ts",
      ],
      testTimeout: 60_000,
    },
  }),
);
