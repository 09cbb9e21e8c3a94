/**
 * The device's settings: repaired when read (a stored value the current rules reject falls back to its
 * default, field by field) and refused whole when a change breaks the rules.
 */
import { DEFAULT_SETTINGS, findSettingsIssues, type Settings } from "./settings";
import type { StoreContext } from "./store-context";
import { StoreError } from "./store-error";

export const SETTINGS_KEY = "current";

/**
 * The settings to use from what was stored: the defaults for anything missing, and (say, from an older
 * version) for each field the current rules reject, that field only.
 */
export function repairSettings(stored: Partial<Settings> | undefined): Settings {
  const merged = { ...DEFAULT_SETTINGS, ...stored };
  const bad = new Set(findSettingsIssues(merged).map((issue) => issue.path));
  return Object.fromEntries(
    Object.entries(merged).map(([k, v]) => [
      k,
      bad.has(k as keyof Settings) ? DEFAULT_SETTINGS[k as keyof Settings] : v,
    ]),
  ) as Settings;
}

export function createSettingsWrites(context: StoreContext) {
  const { settings } = context;

  async function updateSettings(patch: Partial<Settings>): Promise<void> {
    const next = { ...settings.value, ...patch };
    const issues = findSettingsIssues(next);
    if (issues.length > 0) {
      throw new StoreError(
        "invalid_setting",
        "That setting is outside what is safe; nothing was changed.",
        issues.map((issue) => ({ code: "invalid_setting", ...issue })),
      );
    }
    await context.commit([{ op: "put", table: "settings", key: SETTINGS_KEY, value: next }], () => {
      settings.value = next;
    });
  }

  return { updateSettings };
}
