/**
 * The safety state, shown the same way on every screen: an emergency in red with a call link and each
 * flag's own "why" (and never a technique); see-professional in amber with every reason, where it came
 * from, its source and who to see (a physical therapist or a physician, P20); a rest with the local time it
 * ends; a missing or expired safety check with the way to answer it; ready, quietly.
 */
import type { SafetyReason, SafetyState } from "@limber/core/safety/safety-state";
import { isScreeningLinkId } from "@limber/core/screening/questionnaire";
import type { ComponentChildren } from "preact";
import { SYMPTOM_LABELS } from "../journal/symptom-labels";
import { Cite } from "../sources/Cite";
import { CallButton } from "./CallButton";
import { localDateTime, originLabel } from "./reason-origin";
import { loadSafetyCore, safetyCore } from "./safety-core";
import "./safety.css";

export type SafetyNoticeProps = {
  readonly state: SafetyState;
  /** The heading level: h1 where the notice is the page's subject (the session gate), else h2. */
  readonly heading?: "h1" | "h2";
  /** Actions for this screen (an acknowledgement, a link on); never shown with an emergency. */
  readonly children?: ComponentChildren;
};

export function SafetyNotice({ state, heading = "h2", children }: SafetyNoticeProps) {
  switch (state.level) {
    case "emergency":
      return <EmergencyNotice state={state} heading={heading} />;
    case "see-professional":
      return (
        <SeeProfessionalNotice state={state} heading={heading}>
          {children}
        </SeeProfessionalNotice>
      );
    case "rest-until":
      return (
        <Notice level="rest-until" heading={heading} title="Rest until tomorrow" state={state}>
          {children}
        </Notice>
      );
    case "rescreen-needed":
      return (
        <Notice level="rescreen-needed" heading={heading} title="Answer the safety questions" state={state}>
          <p class="actions">
            <a class="button primary" href="#/screening" data-testid="safety-rescreen">
              Answer the safety questions
            </a>
          </p>
          {children}
        </Notice>
      );
    case "ready":
      return (
        <div class="safety-notice safety-ready" data-testid="safety-notice" data-level="ready">
          <p>Your safety check is up to date: gentle self-care looks suitable today.</p>
          {children}
        </div>
      );
  }
}

type NoticeProps = {
  readonly level: "see-professional" | "rest-until" | "rescreen-needed";
  readonly heading: "h1" | "h2";
  readonly title: string;
  readonly state: SafetyState;
  readonly children?: ComponentChildren;
};

function Notice({ level, heading: Heading, title, state, children }: NoticeProps) {
  const id = `safety-${level}-title`;
  return (
    <section
      class={`safety-notice safety-${level}`}
      aria-labelledby={id}
      data-testid="safety-notice"
      data-level={level}
    >
      <Heading id={id} class="safety-title">
        {title}
      </Heading>
      {level === "rest-until" && state.restUntil && (
        <p class="safety-when" data-testid="safety-rest-until">
          Your next session can start from <strong>{localDateTime(state.restUntil)}</strong>, after a new
          safety check.
        </p>
      )}
      <ReasonList reasons={state.reasons} />
      {children}
    </section>
  );
}

function SeeProfessionalNotice({ state, heading, children }: Omit<NoticeProps, "level" | "title">) {
  const open = state.sessionAllowed;
  return (
    <Notice
      level="see-professional"
      heading={heading}
      title="See a physical therapist or a physician"
      state={state}
    >
      <p data-testid="safety-who">
        <strong>Who to see:</strong> a physical therapist or a physician. They can find the cause of your
        discomfort <Cite source="P20" />. Bring your visit summary.
      </p>
      <p>
        {open
          ? "You have said you understand each reason above, so gentle sessions stay open. Please still book that visit."
          : "Limber offers no session while these reasons stand."}
      </p>
      <p class="actions">
        <a class="button" href="#/summary" data-testid="safety-open-summary">
          Open the visit summary
        </a>
      </p>
      {children}
    </Notice>
  );
}

function ReasonList({ reasons }: { reasons: readonly SafetyReason[] }) {
  if (reasons.length === 0) return null;
  return (
    <ul class="safety-reasons">
      {reasons.map((reason) => (
        <li key={`${reason.origin}-${reason.code}`} data-reason={reason.code} data-origin={reason.origin}>
          {reason.message} <span class="safety-origin">From {originLabel(reason.origin)}.</span>{" "}
          <Cite source={reason.source} />
          {reason.acknowledged && <span class="safety-acknowledged"> You said you understand.</span>}
        </li>
      ))}
    </ul>
  );
}

function EmergencyNotice({ state, heading: Heading }: { state: SafetyState; heading: "h1" | "h2" }) {
  const core = safetyCore.value;
  if (!core) void loadSafetyCore().catch(() => undefined);
  const emergencies = state.reasons.filter((reason) => reason.level === "emergency");
  const others = state.reasons.filter((reason) => reason.level !== "emergency");
  return (
    <section
      class="safety-notice safety-emergency"
      role="alert"
      aria-labelledby="safety-emergency-title"
      data-testid="safety-notice"
      data-level="emergency"
    >
      <Heading id="safety-emergency-title" class="safety-title">
        Call emergency services now
      </Heading>
      <CallButton />
      <p>Do not use the foam roller or do the twist. Tell the emergency team about:</p>
      <ul class="safety-reasons">
        {emergencies.map((reason) => {
          const why = core?.EMERGENCY_WHY[reason.code as keyof SafetyCoreWhy];
          const label = isScreeningLinkId(reason.code) ? SYMPTOM_LABELS[reason.code] : null;
          return (
            <li key={`${reason.origin}-${reason.code}`} data-reason={reason.code} data-origin={reason.origin}>
              <strong>{label ?? reason.message}</strong>
              {why && label && (
                <span class="safety-why" data-testid="emergency-why">
                  {why.text} <Cite source={why.source} />
                </span>
              )}
              <span class="safety-origin safety-origin-line">
                From {originLabel(reason.origin)}.
                {!(why && label) && (
                  <>
                    {" "}
                    <Cite source={reason.source} />
                  </>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {others.length > 0 && (
        <>
          <p>Also on your record:</p>
          <ReasonList reasons={others} />
        </>
      )}
      <p class="safety-small" data-testid="emergency-stays">
        Limber gives self-care guidance only and cannot assess you.{" "}
        {state.emergencyUntil
          ? "You reported this sign today, so this stays for the rest of today whatever a later safety check says; tomorrow, a new safety check decides."
          : "This stays until you answer the safety questions again."}
      </p>
    </section>
  );
}

type SafetyCoreWhy = NonNullable<typeof safetyCore.value>["EMERGENCY_WHY"];
