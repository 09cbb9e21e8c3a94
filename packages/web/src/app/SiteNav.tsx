/**
 * The site header's navigation. Phones: one row with "Get help" (always one tap away) and a Menu button
 * that opens the other links in a panel under the bar. From 860 px: every link in the row. The current
 * screen is marked with aria-current for assistive technology.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { location } from "./router";

const LINKS = [
  { path: "/", label: "Home" },
  { path: "/screening", label: "Screening" },
  { path: "/journal", label: "Journal" },
  { path: "/settings", label: "Settings" },
  { path: "/account", label: "Account" },
] as const;

const HELP_PATH = "/explain/help";

function isCurrent(path: string, current: string): boolean {
  return path === "/" ? current === "/" : current.startsWith(path);
}

/** A small rounded mark beside the name: a spine of three stacked, softly curved segments. */
export function BrandMark() {
  return (
    <span class="brand-mark" aria-hidden="true">
      <svg width="20" height="20" viewBox="0 0 20 20" fill="currentColor" role="presentation">
        <rect x="5" y="2" width="10" height="4" rx="2" />
        <rect x="4" y="8" width="12" height="4" rx="2" />
        <rect x="5" y="14" width="10" height="4" rx="2" />
      </svg>
    </span>
  );
}

export function SiteNav() {
  const current = location.value.path;
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);

  // A link taken (or back/forward) closes the menu.
  useEffect(() => setOpen(false), [current]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && open) {
      setOpen(false);
      toggle.current?.focus();
    }
  };

  return (
    <nav aria-label="Main" class="site-nav" data-open={open ? "true" : "false"} onKeyDown={onKeyDown}>
      <a
        class="nav-help"
        href={`#${HELP_PATH}`}
        aria-current={isCurrent(HELP_PATH, current) ? "page" : undefined}
      >
        Get help
      </a>
      <button
        ref={toggle}
        type="button"
        class="nav-toggle"
        aria-expanded={open}
        aria-controls="site-nav-list"
        onClick={() => setOpen(!open)}
        data-testid="nav-menu"
      >
        Menu
      </button>
      <ul class="nav-list" id="site-nav-list">
        {LINKS.map((link) => (
          <li key={link.path}>
            <a href={`#${link.path}`} aria-current={isCurrent(link.path, current) ? "page" : undefined}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
