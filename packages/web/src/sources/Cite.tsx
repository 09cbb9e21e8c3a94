/**
 * A citation a person can open: a small pill ("P13") that links to that source on the Sources screen.
 * Screen readers hear "source: P13" (a guideline's full name; the pill shows "NHS"). Every visible
 * citation in the app is one of these.
 */
import { isGuideline, type Source } from "@limber/core/source";

/** The short text on the pill: paragraph numbers as they are, guidelines and product rules shortened. */
export function citeLabel(source: Source): string {
  if (source === "Limber product rule") return "Limber rule";
  if (isGuideline(source)) return source.startsWith("NHS") ? "NHS" : "NICE";
  return source;
}

export function citeHref(source: Source): string {
  return `#/sources?source=${encodeURIComponent(source)}`;
}

export function Cite({ source }: { readonly source: Source }) {
  // A guideline's pill shows only its publisher; its name says which page ("source: NHS "Back pain" ...").
  const fullName = isGuideline(source) ? `source: ${source}` : undefined;
  return (
    <a class="cite" href={citeHref(source)} data-cite={source} aria-label={fullName}>
      <span class="visually-hidden">source: </span>
      {citeLabel(source)}
    </a>
  );
}
