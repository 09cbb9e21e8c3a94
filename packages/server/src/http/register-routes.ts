/**
 * Registers declared routes on Fastify: resolves the session when the route needs it, validates the input
 * with the route's zod schemas, calls the handler, and sends its result. Failures become ApiErrors.
 */
import { fromZodIssues } from "@limber/core/zod-issues";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import { readSessionToken } from "../accounts/session-cookie";
import type { SignedInUser } from "../accounts/signed-in-user";
import { ApiError, invalidInput } from "../errors/api-error";
import type { Services } from "../services";
import type { AnyRoute } from "./api-route";

function parsePart(schema: z.ZodType | undefined, value: unknown, where: string): unknown {
  if (!schema) return undefined;
  const parsed = schema.safeParse(value ?? (where === "body" ? undefined : {}));
  if (parsed.success) return parsed.data;
  const prefix = where === "body" ? "" : where;
  throw invalidInput(fromZodIssues(parsed.error.issues, prefix), `The request ${where} is not valid`);
}

async function userOf(route: AnyRoute, request: FastifyRequest, services: Services) {
  if (route.access === "public") return null;
  const token = readSessionToken(request);
  const user: SignedInUser | null = token ? await services.sessionLookups.submit(token) : null;
  if (!user && route.access !== "optional") throw new ApiError("unauthenticated");
  if (user && route.access === "owner" && user.role !== "owner") throw new ApiError("forbidden");
  return user;
}

export function registerRoutes(app: FastifyInstance, routes: readonly AnyRoute[], services: Services): void {
  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.url,
      handler: async (request: FastifyRequest, reply: FastifyReply) => {
        const user = await userOf(route, request, services);
        const result = await route.handle({
          body: parsePart(route.body, request.body, "body"),
          query: parsePart(route.query, request.query, "query"),
          params: parsePart(route.params, request.params, "path"),
          user,
          services,
          request,
          reply,
        });
        reply.code(result.status);
        return result.body === undefined ? reply.send() : reply.send(result.body);
      },
    });
  }
}
