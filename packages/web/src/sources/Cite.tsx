/**
 * A citation a person can open: a small pill ("P13") that links to that source on the Sources screen.
 * Screen readers hear "source: P13". Every visible citation in the app is one of these.
 */
import type { Source } from "@limber/core/source";

/** The short text on the pill: paragraph numbers as they are, guidelines and product rules shortened. */
export function citeLabel(source: Source): string {
  if (source === "Limber product rule") return "Limber rule";
  return source;
}

export function citeHref(source: Source): string {
  return `#/sources?source=${encodeURIComponent(source)}`;
}

export function Cite({ source }: { readonly source: Source }) {
  return (
    <a class="cite" href={citeHref(source)} data-cite={source}>
      <span class="visually-hidden">source: </span>
      {citeLabel(source)}
    </a>
  );
}
