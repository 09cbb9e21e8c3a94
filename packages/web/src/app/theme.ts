/**
 * Applies the theme setting to <html data-theme>. "system" removes the attribute so the CSS follows
 * `prefers-color-scheme`.
 */
import type { Theme } from "../storage/settings";

export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === "system") delete root.dataset.theme;
  else root.dataset.theme = theme;
}
