/** WCAG 2.2 AA through axe-core: a screen passes when axe finds no violation at all. */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

const WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export type AxeFinding = { readonly rule: string; readonly impact: string; readonly targets: string[] };

/** The violations on the current screen, small enough to read in a failed assertion. */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA_TAGS).analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact ?? "unknown",
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));
}
