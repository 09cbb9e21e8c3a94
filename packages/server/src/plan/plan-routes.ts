/**
 * The person's plan, synced between devices: GET answers the stored plan (or null), POST offers one and
 * answers whichever is newer. The core reads and checks the plan (its spacing rules included).
 */
import { parsePlan } from "@limber/core";
import { z } from "zod";
import { invalidInput } from "../errors/api-error";
import { defineRoute } from "../http/api-route";
import { readPlan, savePlan } from "./plan-store";

const planDocument = z.object({
  id: z.uuid(),
  timeZone: z.string(),
  slots: z.array(
    z.object({
      day: z.enum(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]),
      time: z.string(),
      technique: z.enum(["thoracic-foam-roll", "supine-spinal-twist", "either"]),
    }),
  ),
  revision: z.number().int(),
  updatedAt: z.string(),
});
const planAnswer = z.object({ plan: planDocument.nullable() });

export const PLAN_ROUTES = [
  defineRoute({
    method: "GET",
    url: "/api/plan",
    tag: "plan",
    summary: "The person's plan (days, local times, technique or either), or null",
    access: "signed-in",
    responses: { 200: { description: "The plan", schema: planAnswer } },
    async handle({ user, services }) {
      return { status: 200, body: { plan: (await readPlan(services.database, user.id)) ?? null } };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/plan",
    tag: "plan",
    summary:
      "Offer the device's plan; the newer copy (higher revision, then later update) is kept and answered",
    access: "signed-in",
    documentedBody: planDocument,
    responses: {
      200: {
        description: "The plan now stored (the offered one, or a newer one from another device)",
        schema: planAnswer,
      },
      400: {
        description: "invalid_input: a field is missing or wrong, or the same technique twice within 4 hours",
      },
    },
    async handle({ request, user, services }) {
      const parsed = parsePlan(request.body);
      if (!parsed.ok) throw invalidInput(parsed.issues, "The plan is not valid");
      return { status: 200, body: { plan: await savePlan(services.database, user.id, parsed.value) } };
    },
  }),
];
