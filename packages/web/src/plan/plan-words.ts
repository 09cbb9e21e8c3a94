/** How the plan screen names days and techniques, in plain words. */
import type { PlanTechnique, Weekday } from "@limber/core/plan/plan";

export const DAY_NAMES: Readonly<Record<Weekday, { short: string; long: string }>> = {
  monday: { short: "Mon", long: "Monday" },
  tuesday: { short: "Tue", long: "Tuesday" },
  wednesday: { short: "Wed", long: "Wednesday" },
  thursday: { short: "Thu", long: "Thursday" },
  friday: { short: "Fri", long: "Friday" },
  saturday: { short: "Sat", long: "Saturday" },
  sunday: { short: "Sun", long: "Sunday" },
};

export const TECHNIQUE_CHOICES: readonly { value: PlanTechnique; label: string; hint: string }[] = [
  { value: "either", label: "Whichever feels right", hint: "Choose on the day" },
  { value: "thoracic-foam-roll", label: "Foam-roller release", hint: "Upper and mid back" },
  { value: "supine-spinal-twist", label: "Supine spinal twist", hint: "Lower back, lying down" },
];

/** "Mon, Wed and Fri at 07:30". */
export function describeSchedule(days: readonly Weekday[], time: string): string {
  const names = days.map((day) => DAY_NAMES[day].short);
  const list = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : (names[0] ?? "");
  return `${list} at ${time}`;
}
