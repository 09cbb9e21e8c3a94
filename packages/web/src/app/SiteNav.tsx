/** The main navigation. The current screen is marked with aria-current for assistive technology. */
import { location } from "./router";

const LINKS = [
  { path: "/", label: "Home" },
  { path: "/screening", label: "Screening" },
  { path: "/journal", label: "Journal" },
  { path: "/explain/help", label: "Get help" },
  { path: "/settings", label: "Settings" },
  { path: "/account", label: "Account" },
] as const;

export function SiteNav() {
  const current = location.value.path;
  return (
    <nav aria-label="Main">
      <ul class="nav-list">
        {LINKS.map((link) => {
          const active = link.path === "/" ? current === "/" : current.startsWith(link.path);
          return (
            <li key={link.path}>
              <a href={`#${link.path}`} aria-current={active ? "page" : undefined}>
                {link.label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
