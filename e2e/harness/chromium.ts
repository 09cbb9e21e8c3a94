/** Where the system Chromium lives, how to launch it quietly, and what to do when it is missing. */
import { accessSync, constants } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";

// The machine's network is closed: without these flags Chromium keeps trying to reach Google services.
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
] as const;

/**
 * The placeholder test's title when Chromium is missing locally. scripts/test.mjs counts a test whose title
 * starts with "browser tests not run" as not run, never as a pass (scripts/test-summary.mjs).
 */
export const MISSING_BROWSER_LINE = `browser tests not run: ${CHROMIUM_PATH} not found; install Debian's chromium`;

export type BrowserAvailability =
  | { readonly kind: "available" }
  | { readonly kind: "missing-allowed" }
  | { readonly kind: "missing-required" };

/** CI sets LIMBER_REQUIRE_BROWSER=1: there a missing browser is a failure, locally it is a clear notice. */
export function browserAvailability(env: NodeJS.ProcessEnv = process.env): BrowserAvailability {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
    return { kind: "available" };
  } catch {
    return env.LIMBER_REQUIRE_BROWSER === "1" ? { kind: "missing-required" } : { kind: "missing-allowed" };
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true });
}
