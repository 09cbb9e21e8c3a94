import { defineConfig } from "vitest/config";

// Each package (and e2e/) owns its own vitest.config.ts; this file only gathers them.
export default defineConfig({
  test: {
    projects: ["packages/*/vitest.config.ts", "e2e/vitest.config.ts", "scripts/vitest.config.ts"],
  },
});
