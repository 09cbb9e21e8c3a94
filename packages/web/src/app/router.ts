/**
 * Hash routing (`#/session/supine-spinal-twist?x=1`): works from any static host and from the service
 * worker's cached index.html, with no server rewrite rules.
 */
import { signal } from "@preact/signals";

export type Location = { readonly path: string; readonly query: URLSearchParams };

export function parseHash(hash: string): Location {
  const raw = hash.replace(/^#/, "") || "/";
  const [pathPart = "/", queryPart = ""] = raw.split("?", 2);
  const path = pathPart.startsWith("/") ? pathPart : `/${pathPart}`;
  return { path: path.length > 1 ? path.replace(/\/+$/, "") : path, query: new URLSearchParams(queryPart) };
}

export const location = signal<Location>(parseHash(globalThis.location?.hash ?? ""));

/** Keeps `location` in step with the address bar (back/forward buttons, typed links). */
export function startRouter(): () => void {
  const sync = () => {
    const hash = globalThis.location.hash;
    // "#main" and other in-page anchors are not routes; only "" and "#/..." are.
    if (hash === "" || hash === "#" || hash.startsWith("#/")) location.value = parseHash(hash);
  };
  globalThis.addEventListener("hashchange", sync);
  sync();
  return () => globalThis.removeEventListener("hashchange", sync);
}

export function href(path: string): string {
  return `#${path}`;
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const target = href(path);
  if (options.replace) globalThis.history.replaceState(null, "", target);
  else globalThis.history.pushState(null, "", target);
  location.value = parseHash(target);
}

/** Matches `/session/:technique` against `/session/supine-spinal-twist`; null when it does not match. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split("/").filter(Boolean);
  const got = path.split("/").filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of want.entries()) {
    const actual = got[index] as string;
    if (segment.startsWith(":")) params[segment.slice(1)] = decodeURIComponent(actual);
    else if (segment !== actual) return null;
  }
  return params;
}
