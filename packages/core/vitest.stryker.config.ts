import { defineProject, mergeConfig } from "vitest/config";
import core from "./vitest.config";

// Mutation testing (stryker.config.json) runs the core tests many times over on a shared machine: the same
// project with more time per test, so a slow property test under load is not mistaken for a failure.
export default mergeConfig(core, defineProject({ test: { testTimeout: 60_000 } }));
