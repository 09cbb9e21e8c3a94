/**
 * The journal assessment as a banner: nothing to act on says so quietly; a recommendation to see a
 * physical therapist or physician, or to call emergency services, shows every reason and who to see.
 */
import { ESCALATION } from "@limber/core/content/escalation";
import type { Assessment } from "@limber/core/journal/assess";

export function AssessmentBanner({ assessment }: { assessment: Assessment }) {
  const { recommendation, flags } = assessment;
  if (recommendation === "self-care") {
    return (
      <p class="banner banner-ok" data-testid="assessment-self-care">
        Your journal shows no warning signs right now. Keep stopping at once if a movement causes sharp pain
        (P13).
      </p>
    );
  }
  const level = ESCALATION[recommendation];
  const emergency = recommendation === "emergency";
  return (
    <section
      class={`banner ${emergency ? "banner-emergency" : "banner-warn"}`}
      role={emergency ? "alert" : undefined}
      aria-labelledby="assessment-title"
      data-testid={`assessment-${recommendation}`}
    >
      <h2 id="assessment-title">
        {emergency ? "Call emergency services now" : "Time to see a physical therapist or physician"}
      </h2>
      <p>What your journal shows:</p>
      <ul>
        {flags.map((flag) => (
          <li key={flag.code} data-flag={flag.code}>
            {flag.message}
          </li>
        ))}
      </ul>
      <p>
        <strong>Who to see: {level.who}.</strong> {level.action}{" "}
        <span class="source">(source: {level.source})</span>
      </p>
      {emergency ? null : (
        <p>
          <a class="button" href="#/summary">
            Open the visit summary to bring
          </a>
        </p>
      )}
    </section>
  );
}
