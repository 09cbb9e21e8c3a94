/**
 * Safety-bearing sentences, pinned word for word: a test here fails when a sentence is reversed, softened or
 * removed. Each sentence is also checked for the reversals a careless edit would bring in ("quickly", "bounce
 * into", "firm pressure"). Changing a pinned sentence means changing it here too, on purpose.
 */
import { describe, expect, it } from "vitest";
import { EDUCATION } from "./education";
import { ESCALATION, JOURNAL_TRIGGERS } from "./escalation";
import { DURING_SESSION_GUIDANCE, SAFETY_REMINDER, SELF_CARE_DISCLAIMER } from "./safety";
import { IN_POSITION, LOWER_BACK_NEVER_ROLLED, STEP_TIMINGS, type Step, TECHNIQUES } from "./techniques";
import { BREATHING_PACER, TIGHT_SPOT_PAUSE } from "./tight-spot";

const roll = TECHNIQUES["thoracic-foam-roll"];
const twist = TECHNIQUES["supine-spinal-twist"];
const step = (id: string): Step => {
  const found = [...roll.steps, ...twist.steps].find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};
const everything = (s: Step) => [s.title, s.instruction, s.cue, s.feel ?? ""].join(" ");
/** Words that reverse the article's slow, gentle, controlled movement. */
const REVERSALS =
  /\b(quick(ly)?|fast|rapid(ly)?|bounc(e|ing) into|jerk|firm pressure|hard|forcefully|push through)\b/i;

describe("[C-wording-pinned] the foam-roller steps say what P4, P5 and P13 say", () => {
  it("[R-step.roll-position] lies on the roller beneath the shoulder blades, knees bent and feet flat (P4)", () => {
    const s = step("roll-position");
    expect(s.instruction).toBe(
      "Place the foam roller horizontally beneath your shoulder blades while lying on your back with your knees bent and feet flat.",
    );
    expect(s.cue).toContain("Knees bent, feet flat.");
    expect(s.feel).toBe(
      "The roller across your upper back, under your shoulder blades, never under your lower back.",
    );
    expect(everything(s)).not.toMatch(REVERSALS);
  });

  it("[R-step.roll-hug] crosses the arms over the chest to separate the shoulder blades (P4)", () => {
    const s = step("roll-hug");
    expect(s.instruction).toBe(
      "Cross your arms over your chest as if giving yourself a hug. This helps separate the shoulder blades.",
    );
    expect(s.cue).toBe("Cross your arms over your chest, as if giving yourself a hug.");
  });

  it("[R-step.roll-lift] lightly engages the core and slowly lifts the hips just enough (P5)", () => {
    const s = step("roll-lift");
    expect(s.instruction).toBe(
      "Keep your core muscles lightly engaged to protect your lower back, and slowly lift your hips just enough to control the pressure.",
    );
    expect(s.cue).toBe(
      "Lightly engage your core, and slowly lift your hips just enough to control the pressure.",
    );
    expect(everything(s)).not.toMatch(REVERSALS);
  });

  it("[R-step.roll-release] [C-roll-range] rolls slowly, only from the base of the neck to the bottom of the ribcage (P5)", () => {
    const s = step("roll-release");
    expect(s.instruction).toBe(
      "Roll deliberately and slowly, moving only between the base of your neck and the bottom of your ribcage. If you find a spot of localised tightness, pause on it for 20 to 30 seconds with slow, deep breaths.",
    );
    expect(s.cue).toContain(
      "Roll slowly, only between the base of your neck and the bottom of your ribcage.",
    );
    expect(s.feel).toBe("Sustained, comfortable pressure that you control with your hips.");
    expect(everything(s)).not.toMatch(REVERSALS);
    expect(everything(s)).not.toMatch(/lower back|lumbar/i);
  });

  it("[R-step.roll-finish] comes down with slow, deliberate control (P13)", () => {
    const s = step("roll-finish");
    expect(s.instruction).toBe(
      "With slow, deliberate control, lower your hips to the floor and rest before you get up.",
    );
    expect(s.cue).toBe("Slowly lower your hips to the floor and rest.");
    expect(everything(s)).not.toMatch(REVERSALS);
  });

  it("[R-session.lower-back-not-rolled] [C-roll-range] says never to foam-roll the lower back (P6)", () => {
    expect(LOWER_BACK_NEVER_ROLLED).toEqual({
      text: "Never foam-roll your lower back. It needs a gentler approach: the supine spinal twist.",
      source: "P6",
    });
  });

  it("[R-technique.thoracic-foam-roll.explanation] explains self-myofascial release: pressure on connective tissue for blood flow and flexibility (P5)", () => {
    expect(roll.explanation).toEqual({
      text: "This is a form of self-myofascial release: pressure on the connective tissue to improve blood flow and flexibility.",
      source: "P5",
    });
  });
});

describe("[C-wording-pinned] the twist steps say what P6 and P7 say", () => {
  it("[R-step.twist-position] lies flat with the arms out in a T to keep the shoulders grounded (P6)", () => {
    expect(step("twist-position").instruction).toBe(
      "Lie flat on your back and extend your arms out to the sides in a 'T' shape to keep your shoulders grounded.",
    );
  });

  it("[R-step.twist-guide-left] guides the left knee across slowly, with very light pressure, the left shoulder blade pressed down (P7)", () => {
    const s = step("twist-guide-left");
    expect(s.instruction).toBe(
      "Bend your left knee and slowly guide it across your body toward the floor on your right side, using your right hand to apply very light pressure. Keep your left shoulder blade pressed firmly against the floor.",
    );
    expect(s.cue).toContain(
      "Very light pressure from your right hand. Keep your left shoulder blade on the floor.",
    );
    expect(s.feel).toBe("A gentle stretch, not a forceful twist.");
    expect(everything(s)).not.toMatch(REVERSALS);
  });

  it("[R-step.twist-guide-right] guides the right knee across slowly, with very light pressure, the right shoulder blade pressed down (P7)", () => {
    const s = step("twist-guide-right");
    expect(s.instruction).toBe(
      "Bend your right knee and slowly guide it across your body toward the floor on your left side, using your left hand to apply very light pressure. Keep your right shoulder blade pressed firmly against the floor.",
    );
    expect(s.cue).toContain(
      "Very light pressure from your left hand. Keep your right shoulder blade on the floor.",
    );
    expect(s.feel).toBe("A gentle stretch, not a forceful twist.");
    expect(everything(s)).not.toMatch(REVERSALS);
  });

  it("[R-step.twist-hold-left] [R-step.twist-hold-right] holds the comfortable position at least 30 seconds on each side (P7)", () => {
    for (const id of ["twist-hold-left", "twist-hold-right"]) {
      const s = step(id);
      expect(s.instruction).toBe(
        "Hold the comfortable position for at least 30 seconds to allow the tissues to lengthen.",
      );
      expect(s.timing).toMatchObject({ minSeconds: 30, source: "P7" });
    }
  });

  it("[R-step.twist-return-left] [R-step.twist-return-right] returns to the centre slowly on each side (P7)", () => {
    for (const id of ["twist-return-left", "twist-return-right"]) {
      const s = step(id);
      expect(s.instruction).toBe("Return to the centre slowly.");
      expect(s.cue).toBe("Slowly return to the centre.");
      expect(everything(s)).not.toMatch(REVERSALS);
    }
  });

  it("[R-technique.supine-spinal-twist.explanation] explains the gentle stretch of the lower back and stabilising muscles (P7)", () => {
    expect(twist.explanation).toEqual({
      text: "This rotation gently stretches the lower back muscles and the small stabilising muscles around the vertebrae.",
      source: "P7",
    });
  });
});

describe("[C-content-sourced] every number cites a paragraph that gives it, or is a product rule with its reason", () => {
  it("[R-timing.twist-hold] holds at least 30 s, the number P7 gives", () => {
    expect(STEP_TIMINGS["twist-hold"]).toMatchObject({
      minSeconds: 30,
      targetSeconds: 30,
      chime: true,
      source: "P7",
    });
    expect(STEP_TIMINGS["twist-hold"].why).toContain("at least 30 seconds");
  });

  it("[R-timing.slow-return] returns over at least 5 s (8 s by default): a product rule, since P7 gives no time", () => {
    expect(STEP_TIMINGS["slow-return"]).toMatchObject({
      minSeconds: 5,
      targetSeconds: 8,
      source: "Limber product rule",
    });
    expect(STEP_TIMINGS["slow-return"].why).toMatch(/gives no time/);
  });

  it("[R-timing.come-down] comes off the roller over 10 s: a product rule, since the article gives no time", () => {
    expect(STEP_TIMINGS["come-down"]).toMatchObject({ targetSeconds: 10, source: "Limber product rule" });
    expect(STEP_TIMINGS["come-down"].why).toMatch(/gives no time/);
  });

  it("[R-timing.in-position] waits for the person to get into position and to guide the knee across: the article gives those steps no time", () => {
    expect(IN_POSITION).toMatchObject({ button: "I'm in position", source: "Limber product rule" });
    expect(IN_POSITION.why).toMatch(/gives no time/);
    expect(IN_POSITION.why).toMatch(/waits until you say you are in position/);
    const waiting = Object.values(TECHNIQUES).flatMap((t) => t.steps.filter((s) => s.waitsForPerson));
    expect(waiting.map((step) => step.id)).toEqual([
      "roll-position",
      "roll-hug",
      "roll-lift",
      "roll-release",
      "twist-position",
      "twist-guide-left",
      "twist-guide-right",
    ]);
  });

  it("[R-session.breathing-pacer] paces the tight-spot breaths 4 s in, 6 s out, as a product rule on P5's slow, deep breaths", () => {
    expect(BREATHING_PACER).toEqual({
      inhaleSeconds: 4,
      exhaleSeconds: 6,
      source: "P5",
      pacingSource: "Limber product rule",
    });
    expect(TIGHT_SPOT_PAUSE.instruction).toBe(
      "Pause on this point for 20 to 30 seconds, maintaining slow, deep breaths to encourage muscle release.",
    );
  });

  it("uses only the named timings: every step's timing is one of them, with a reason", () => {
    const named = Object.values(STEP_TIMINGS) as readonly unknown[];
    for (const s of [...roll.steps, ...twist.steps]) {
      if (s.timing) expect(named).toContain(s.timing);
    }
    for (const timing of Object.values(STEP_TIMINGS)) expect(timing.why.length).toBeGreaterThan(20);
  });
});

describe("[C-wording-pinned] [C-reminder-before-session] the P13 reminder before every session", () => {
  const text = (id: string) => SAFETY_REMINDER.find((item) => item.id === id)?.text;

  it("[R-safety.slow-control] says to move with slow, deliberate control", () => {
    expect(text("slow-control")).toBe("Move with slow, deliberate control.");
  });

  it("[R-safety.no-momentum] says never to use momentum or bouncing to get a pop", () => {
    expect(text("no-momentum")).toBe('Never use momentum or bouncing movements to get a "pop".');
  });

  it("[R-safety.minimal-force] says to use minimal force: body weight or gentle pressure from the hands", () => {
    expect(text("minimal-force")).toBe(
      "Use minimal force: only your body weight or gentle pressure from your hands.",
    );
  });

  it("[R-safety.stop-sharp-pain] says to stop at once for sharp, shooting or intense pain", () => {
    expect(text("stop-sharp-pain")).toBe(
      "Stop at once if you feel any sharp, shooting or intense pain that goes beyond a comfortable stretch.",
    );
  });

  it("keeps all four, in order, each from P13, and none reversed", () => {
    expect(SAFETY_REMINDER.map((item) => [item.id, item.source])).toEqual([
      ["slow-control", "P13"],
      ["no-momentum", "P13"],
      ["minimal-force", "P13"],
      ["stop-sharp-pain", "P13"],
    ]);
    for (const item of SAFETY_REMINDER) expect(item.text).not.toMatch(REVERSALS);
  });

  it("[R-safety.during.stop-sharp-pain] [R-safety.during.no-pop-goal] [C-no-pop-goal] shows stop-for-pain and no-pop-goal beside the stop control", () => {
    expect(DURING_SESSION_GUIDANCE).toEqual([
      { id: "stop-sharp-pain", text: "Sharp, shooting or intense pain? Stop now.", source: "P13" },
      {
        id: "no-pop-goal",
        text: "A pop is not the goal. Whether you hear one does not matter.",
        source: "P11",
      },
    ]);
  });

  it("[R-safety.disclaimer] [C-no-diagnosis-claim] says Limber does not diagnose or treat", () => {
    expect(SELF_CARE_DISCLAIMER).toEqual({
      text: "Limber offers self-care guidance for everyday stiffness. It does not diagnose or treat any condition. A physical therapist or physician can find the cause of your discomfort.",
      source: "P20",
    });
  });
});

describe("[C-wording-pinned] why the back pops (P9-P11)", () => {
  const body = (id: string) => EDUCATION.sections.find((section) => section.id === id)?.body;

  it("[R-education.not-bones] says the sound is joint cavitation, not bones cracking (P9)", () => {
    expect(body("not-bones")).toBe(
      "The sound that sometimes comes with a stretch is called joint cavitation. It is not bones cracking or moving back into place: it is a quick change in pressure inside the joint capsule.",
    );
  });

  it("[R-education.synovial-fluid] names P9's three gases: nitrogen, oxygen and carbon dioxide", () => {
    expect(body("synovial-fluid")).toBe(
      "Synovial fluid, the thick liquid that lubricates the small facet joints of your spine, has gases dissolved in it: nitrogen, oxygen and carbon dioxide.",
    );
  });

  it("[R-education.pressure-drop] explains the pressure drop and the bubble (P10)", () => {
    expect(body("pressure-drop")).toBe(
      "When a joint is stretched quickly, the space between the joint surfaces grows and the pressure suddenly drops. The dissolved gases come out of the fluid and form a short-lived bubble.",
    );
  });

  it("[R-education.the-sound] names tribonucleation and the collapse (P10)", () => {
    expect(body("the-sound")).toBe(
      "The pop or crack happens either as the bubble forms (tribonucleation) or as it quickly collapses.",
    );
  });

  it("[R-education.the-relief] says the relief is often attributable to muscle relaxation, never 'mostly' (P11)", () => {
    expect(body("the-relief")).toBe(
      "The relief you may feel afterwards is often attributable to muscles relaxing and an increase in the joint's range of motion: the movement signals your nervous system to decrease the protective muscle guarding around the joint.",
    );
    expect(body("the-relief")).not.toMatch(/mostly|always|only/);
  });

  it("[R-education.pop-does-not-matter] [C-no-pop-goal] says the pop does not decide whether it worked, and never to chase one (P11)", () => {
    expect(body("pop-does-not-matter")).toBe(
      "A pop can feel satisfying, but hearing one or not does not decide whether a stretch or mobilisation worked. Never chase a pop with momentum or bouncing.",
    );
  });
});

describe("[C-wording-pinned] escalation: who to see and how urgently", () => {
  it("[R-escalation.emergency] sends emergencies to emergency services now, with no technique", () => {
    expect(ESCALATION.emergency).toMatchObject({
      who: "Emergency services",
      action: "Call emergency services now. Do not use the foam roller or the twist.",
      why: "These symptoms can be signs of a serious condition that needs treatment straight away.",
    });
  });

  it("[R-escalation.see-professional] names both a physical therapist and a physician (P20)", () => {
    expect(ESCALATION["see-professional"]).toMatchObject({
      who: "A physical therapist or physician",
      action: "Consult a physical therapist or physician, and bring your Limber visit summary.",
      source: "P20",
    });
  });

  it("lists the journal triggers in plain words with their sources", () => {
    expect(JOURNAL_TRIGGERS.map((trigger) => [trigger.text, trigger.source])).toEqual([
      ["Back pain or stiffness that lasts more than 48 hours despite gentle stretching.", "P20"],
      ["A frequent need to adjust or crack your back, several times a day.", "P20"],
      ["Stopping two sessions in a week because of sharp pain.", "Limber product rule"],
    ]);
  });
});
