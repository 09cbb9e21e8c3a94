/**
 * The core's safety rules for this device's own record, loaded on first use (`import()`, so they stay out of
 * the entry bundle). `assessTrustedSafety` reads the record without parsing it again (it was validated when
 * it entered the store) and brings no schema library, so the first screen's safety state waits on no zod.
 */
import { signal } from "@preact/signals";

export type SafetyCore = typeof import("@limber/core/safety/trusted-safety-state");

/** The loaded module, or null until it has loaded. */
export const safetyCore = signal<SafetyCore | null>(null);

let loading: Promise<SafetyCore> | null = null;

/** Starts loading the module (once) and resolves with it. A failed load may be retried by calling again. */
export function loadSafetyCore(): Promise<SafetyCore> {
  loading ??= import("@limber/core/safety/trusted-safety-state").then(
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
