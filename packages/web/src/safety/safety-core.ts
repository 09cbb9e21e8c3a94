/**
 * The core's safety module, loaded on first use. `assessSafety` sits beside the journal rules, which bring
 * zod with them; loading it with `import()` keeps zod out of the first screen's bundle (as the store does).
 */
import { signal } from "@preact/signals";

export type SafetyCore = typeof import("@limber/core/safety/safety-state");

/** The loaded module, or null until it has loaded. */
export const safetyCore = signal<SafetyCore | null>(null);

let loading: Promise<SafetyCore> | null = null;

/** Starts loading the module (once) and resolves with it. A failed load may be retried by calling again. */
export function loadSafetyCore(): Promise<SafetyCore> {
  loading ??= import("@limber/core/safety/safety-state").then(
    (core) => {
      safetyCore.value = core;
      return core;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
