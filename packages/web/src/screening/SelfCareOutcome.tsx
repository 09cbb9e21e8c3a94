/** Self-care outcome: gentle self-care looks appropriate today; go on to choose a technique. */
import { Cite } from "../sources/Cite";
import { SCREENING_VALID_HOURS } from "./screening-validity";

export function SelfCareOutcome({ at }: { at: string }) {
  const answeredAt = new Date(at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  return (
    <section data-testid="outcome-self-care" class="outcome" aria-labelledby="outcome-title">
      <div class="banner banner-ok">
        <h1 id="outcome-title">Gentle self-care looks suitable today</h1>
        <p>
          You answered no to every safety question (at {answeredAt}). This screening stays valid for{" "}
          {SCREENING_VALID_HOURS} hours, unless you stop a session for pain or report a new symptom.
        </p>
      </div>
      <p>
        Go slowly and with control; never bounce or use momentum to get a "pop". Stop at once if you feel
        sharp, shooting or intense pain <Cite source="P13" />.
      </p>
      <div class="actions">
        <a class="button primary" href="#/techniques" data-testid="choose-technique">
          Choose a technique
        </a>
      </div>
    </section>
  );
}
