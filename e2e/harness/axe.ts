/** WCAG 2.2 AA through axe-core: a screen passes when axe finds no violation at all. */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import "./page-probes";

const WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export type AxeFinding = { readonly rule: string; readonly impact: string; readonly targets: string[] };

/** The violations on the current screen, small enough to read in a failed assertion. */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  // axe waits on timers: give it the real ones while a test's fake clock may be standing still.
  await page.evaluate(() => window.__limberRealTimers(true));
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_AA_TAGS)
    .analyze()
    .finally(() => page.evaluate(() => window.__limberRealTimers(false)));
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact ?? "unknown",
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));
}
