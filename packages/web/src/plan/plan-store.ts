/**
 * The person's plan on this device: kept in the record's `meta` table like the account (so erasing the
 * device erases it), shown through a signal, and synced when signed in: the device offers its copy and
 * keeps whichever the server answers (the core's `newerPlan` rule, applied on the server).
 */
import type { Plan, PlanSlot } from "@limber/core/plan/plan";
import { signal } from "@preact/signals";
import { type ApiProblem, callApi, type Fetch } from "../account/server-api";
import type { RecordDb } from "../storage/record-db";

const PLAN_KEY = "plan";

export type PlanDraft = { readonly slots: readonly PlanSlot[]; readonly timeZone: string };

/** The core's plan rules (with the schemas they validate by), loaded when a plan is saved or synced. */
const planRules = () => import("@limber/core/plan/plan");

export function createPlanStore(db: RecordDb, fetch?: Fetch) {
  const base = fetch ? { fetch } : {};
  const plan = signal<Plan | undefined>(undefined);
  // Trusted: a plan is validated by the core's rules when it enters the store (`save`, `sync`), so reading
  // it back runs no schema (and the screens that show it load none).
  const loaded = (async () => {
    plan.value = (await db.read("meta", PLAN_KEY)) as Plan | undefined;
  })();

  async function keep(next: Plan) {
    await db.write([{ op: "put", table: "meta", key: PLAN_KEY, value: next }]);
    plan.value = next;
  }

  /** Saves a changed plan (a new revision); refuses one the core's rules refuse, with their messages. */
  async function save(draft: PlanDraft, now: Date, newId: () => string) {
    await loaded;
    // Loaded before the current plan is read, so nothing runs between reading it and keeping the next.
    const { parsePlan } = await planRules();
    const current = plan.value;
    const candidate = {
      id: current?.id ?? newId(),
      timeZone: draft.timeZone,
      slots: [...draft.slots],
      revision: (current?.revision ?? 0) + 1,
      updatedAt: now.toISOString(),
    };
    const parsed = parsePlan(candidate);
    if (!parsed.ok) return parsed;
    await keep(parsed.value);
    return parsed;
  }

  /** Offers this device's plan to the server (or asks for one) and keeps the newer. */
  async function sync(): Promise<{ ok: true } | { ok: false; problem: ApiProblem }> {
    await loaded;
    const local = plan.value;
    const answer = local
      ? await callApi<{ plan: Plan | null }>("/api/plan", { ...base, method: "POST", body: local })
      : await callApi<{ plan: Plan | null }>("/api/plan", base);
    if (!answer.ok) return answer;
    const { newerPlan, parsePlan } = await planRules();
    const remote = answer.body.plan ? parsePlan(answer.body.plan) : undefined;
    if (remote?.ok) {
      const winner = local ? newerPlan(local, remote.value) : remote.value;
      if (winner !== local) await keep(winner);
    }
    return { ok: true };
  }

  return { plan, loaded, save, sync };
}
