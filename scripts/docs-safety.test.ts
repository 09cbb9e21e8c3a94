import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CONTROLS, HAZARDS } from "@limber/core";
import { describe, expect, it } from "vitest";

const docs = readFileSync(join(import.meta.dirname, "..", "docs", "safety.md"), "utf8");
const readme = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");

describe("docs/safety.md agrees with the hazard log in core", () => {
  it("lists every hazard with its severity and controls, and every control with its owners", () => {
    for (const hazard of HAZARDS) {
      expect(docs).toContain(`| \`${hazard.id}\` | ${hazard.severity} | ${hazard.hazard} |`);
    }
    for (const control of CONTROLS) expect(docs).toContain(`| \`${control.id}\` | ${control.kind} |`);
    expect(docs.match(/^\| `H-/gm)).toHaveLength(HAZARDS.length);
    expect(docs.match(/^\| `C-/gm)).toHaveLength(CONTROLS.length);
  });

  it("says, in the docs and the README, that Limber errs to the safer outcome when unsure", () => {
    expect(docs).toContain("When Limber is unsure, it errs to the safer outcome.");
    expect(readme.replace(/\s+/g, " ")).toContain("When Limber is unsure, it errs to the safer outcome");
  });
});
