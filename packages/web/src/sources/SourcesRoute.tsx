/**
 * Sources: every article paragraph Limber relies on, every named guideline, and what a "Limber product
 * rule" is. A citation opens this screen at its source (`?source=P13`), which is focused and highlighted.
 */
import type { Source } from "@limber/core/source";
import type { RouteProps } from "../app/paths";
import { GUIDELINE_ENTRIES, PARAGRAPHS, PRODUCT_RULE_EXPLANATION, sourceAnchor } from "./source-list";
import "./sources.css";

export default function SourcesRoute({ query }: RouteProps) {
  const wanted = query.get("source");
  const focusProps = (source: Source) =>
    source === wanted ? { "data-route-focus": "", "aria-current": "true" as const } : {};
  return (
    <section aria-labelledby="sources-title" class="sources">
      <h1 id="sources-title">Sources</h1>
      <p class="lead">
        Every instruction, number and rule in Limber cites where it comes from: one reviewed article, "How to
        Safely Roll Out Your Back for Relief"; named NHS and NICE guidance for warning signs the article does
        not cover; or, where neither gives a number or a rule, a Limber product rule, marked as one (for
        example the timed steps the article does not time, the breathing pace, the 24-hour and 7-day windows,
        the 120-second cap and the 3 in 10 level). Each citation in the app opens its source here.
      </p>

      <h2>The article</h2>
      <ol class="source-list">
        {PARAGRAPHS.map((p) => (
          <li key={p.id} id={sourceAnchor(p.id)} tabIndex={-1} class="source-entry" {...focusProps(p.id)}>
            <span class="source-tag">{p.id}</span>
            <div>
              <blockquote>“{p.quote}”</blockquote>
              <p>
                <span class="source-takes">Limber uses it for:</span> {p.takes}
              </p>
            </div>
          </li>
        ))}
      </ol>

      <h2>Guidelines for warning signs</h2>
      <p>
        The article does not list every warning sign. For those it leaves out, Limber follows NICE guideline
        NG59 (low back pain and sciatica in over 16s) and the NHS pages on back pain.
      </p>
      <ul class="source-list">
        {GUIDELINE_ENTRIES.map((g) => (
          <li
            key={g.name}
            id={sourceAnchor(g.name)}
            tabIndex={-1}
            class="source-entry"
            {...focusProps(g.name)}
          >
            <span class="source-tag">Guide</span>
            <div>
              <h3>{g.name}</h3>
              <p>
                {g.publisher}: {g.document}, {g.part}.
              </p>
              {g.questions.length > 0 && (
                <>
                  <p class="source-takes">Limber asks, in the safety screening:</p>
                  <ul>
                    {g.questions.map((q) => (
                      <li key={q}>{q}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          </li>
        ))}
      </ul>

      <h2>Limber product rule</h2>
      <div
        id={sourceAnchor("Limber product rule")}
        tabIndex={-1}
        class="source-entry"
        {...focusProps("Limber product rule")}
      >
        <span class="source-tag">Rule</span>
        <p>{PRODUCT_RULE_EXPLANATION}</p>
      </div>
    </section>
  );
}
