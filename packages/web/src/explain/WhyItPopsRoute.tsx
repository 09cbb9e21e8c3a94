/**
 * "Why does my back pop?": the article's explanation (P9-P11) step by step beside a joint the person can
 * stretch themselves. It ends where the article does: the pop does not decide whether a stretch worked.
 * Motion is only ever started by the person, and reduced motion removes the transitions.
 */
import { EDUCATION } from "@limber/core/content/education";
import { useState } from "preact/hooks";
import "./explain.css";
import { Cite } from "../sources/Cite";
import { JointDiagram } from "./JointDiagram";
import { jointAt } from "./joint-cavitation";
import { useStretchAnimation } from "./use-stretch-animation";

const SECTIONS = EDUCATION.sections;
// How far each step of the story stretches the joint in the drawing (0 rest, 1 fully stretched).
const STRETCH_FOR: Record<(typeof SECTIONS)[number]["id"], number> = {
  "not-bones": 0,
  "synovial-fluid": 0,
  "pressure-drop": 0.55,
  "the-sound": 0.9,
  "the-relief": 0.9,
  "pop-does-not-matter": 0.9,
};

export default function WhyItPopsRoute() {
  const [index, setIndex] = useState(0);
  const section = SECTIONS[index] ?? SECTIONS[0];
  const [stretch, setStretch] = useState(STRETCH_FOR[section.id]);
  const joint = jointAt(stretch);
  const relaxed = section.id === "the-relief" || section.id === "pop-does-not-matter";
  const play = useStretchAnimation((value) => setStretch(Math.round(value * 100) / 100));

  const goTo = (next: number) => {
    const target = SECTIONS[next];
    if (!target) return;
    setIndex(next);
    setStretch(STRETCH_FOR[target.id]);
  };

  return (
    <section aria-labelledby="pop-title">
      <h1 id="pop-title">{EDUCATION.title}</h1>
      <p class="banner banner-ok" data-testid="pop-key-message">
        <strong>The pop does not decide whether a stretch worked.</strong> Whether you hear one or not does
        not determine how well the stretch works, so never chase it with momentum or bouncing.{" "}
        <Cite source="P11" /> <Cite source="P13" />
      </p>
      <div class="explain-layout">
        <div class="card explain-stage">
          <JointDiagram joint={joint} relaxed={relaxed} />
          <label class="field">
            Stretch the joint: <strong>{Math.round(stretch * 100)}%</strong>
            <input
              type="range"
              min={0}
              max={100}
              step={5}
              value={Math.round(stretch * 100)}
              onInput={(event) => setStretch(Number(event.currentTarget.value) / 100)}
              aria-valuetext={
                joint.bubble
                  ? `${Math.round(stretch * 100)}%: the pressure has dropped and a gas bubble has formed`
                  : `${Math.round(stretch * 100)}%: the gases are still dissolved`
              }
              data-testid="pop-stretch"
            />
          </label>
          <button type="button" class="button" onClick={play} data-testid="pop-play">
            Show the stretch
          </button>
          <p class="muted" aria-live="polite" data-testid="pop-joint-state">
            {joint.bubble ? (
              <>
                The pressure has dropped far enough for the gases to form a bubble: this is when a pop can
                happen. <Cite source="P10" />
              </>
            ) : (
              "The gases stay dissolved in the fluid."
            )}
          </p>
        </div>
        <div class="explain-story">
          <article class="card explain-step" aria-live="polite" data-testid="pop-step">
            <p class="explain-part">
              Part {index + 1} of {SECTIONS.length}
            </p>
            <h2>{section.heading}</h2>
            <p>
              {section.body} <Cite source={section.source} />
            </p>
          </article>
          <div class="actions">
            <button
              type="button"
              onClick={() => goTo(index - 1)}
              disabled={index === 0}
              data-testid="pop-previous"
            >
              Previous
            </button>
            <button
              type="button"
              class="primary"
              onClick={() => goTo(index + 1)}
              disabled={index === SECTIONS.length - 1}
              data-testid="pop-next"
            >
              Next
            </button>
          </div>
          <p class="muted">The drawing is a simplified picture, not to scale.</p>
        </div>
      </div>
    </section>
  );
}
