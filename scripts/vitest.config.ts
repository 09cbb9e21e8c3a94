import { defineProject } from "vitest/config";

// The repository scripts' own logic (what `npm test` counts and prints), tested like any other code.
export default defineProject({
  test: { name: "scripts", environment: "node", include: ["**/*.test.ts"] },
});
