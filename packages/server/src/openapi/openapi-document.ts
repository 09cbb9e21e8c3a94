/**
 * The OpenAPI 3.1 document, generated from the same route declarations and zod schemas that validate
 * requests, so the published contract is the code's contract.
 */
import { z } from "zod";
import { COOKIE_NAME } from "../accounts/session-cookie";
import { ERROR_CATALOGUE } from "../errors/catalogue";
import type { AnyRoute } from "../http/api-route";

const toSchema = (schema: z.ZodType, io: "input" | "output") =>
  z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" });

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", enum: Object.keys(ERROR_CATALOGUE) },
        message: { type: "string", description: "What to do about it, for a person" },
        details: {
          type: "array",
          items: {
            type: "object",
            required: ["code", "path", "message"],
            properties: { code: { type: "string" }, path: { type: "string" }, message: { type: "string" } },
          },
        },
      },
    },
  },
};

function parameters(route: AnyRoute) {
  const from = (schema: z.ZodType | undefined, where: "query" | "path") => {
    if (!(schema instanceof z.ZodObject)) return [];
    return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => ({
      name,
      in: where,
      required: where === "path" || !field.safeParse(undefined).success,
      schema: toSchema(field, "input"),
    }));
  };
  return [
    ...from(route.params, "path"),
    ...from(route.query, "query"),
    ...(route.headers ?? []).map(({ name, description }) => ({
      name,
      in: "header",
      required: false,
      description,
      schema: { type: "string" },
    })),
  ];
}

function operation(route: AnyRoute) {
  const body = route.body ?? route.documentedBody;
  const responses = Object.fromEntries(
    Object.entries(route.responses).map(([status, response]) => {
      const isError = Number(status) >= 400;
      const schema = isError ? errorSchema : response.schema && toSchema(response.schema, "output");
      return [
        status,
        {
          description: response.description,
          ...(schema ? { content: { "application/json": { schema } } } : {}),
        },
      ];
    }),
  );
  const signedIn = route.access === "signed-in" || route.access === "owner";
  // Reads through a share take the share's token as a bearer token instead of a session.
  const throughShare = route.url.startsWith("/api/shared/");
  return {
    tags: [route.tag],
    summary: route.summary,
    operationId: `${route.method.toLowerCase()}${route.url.replace(/[^a-zA-Z0-9]+(.)?/g, (_m, c: string = "") => c.toUpperCase())}`,
    parameters: parameters(route),
    ...(body
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: toSchema(body, "input") } },
          },
        }
      : {}),
    responses: {
      ...responses,
      ...(signedIn
        ? { 401: { description: "Not signed in", content: { "application/json": { schema: errorSchema } } } }
        : {}),
    },
    ...(signedIn ? { security: [{ session: [] }] } : {}),
    ...(throughShare ? { security: [{ shareToken: [] }] } : {}),
  };
}

export function openApiDocument(routes: readonly AnyRoute[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:([a-zA-Z]+)/g, "{$1}");
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(route) };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Limber API",
      version: "0.1.0",
      description:
        "Safe, guided self-care for a stiff back. Self-care guidance only: Limber does not diagnose or treat.",
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    components: {
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: COOKIE_NAME },
        shareToken: {
          type: "http",
          scheme: "bearer",
          description: "The token from a share link (/#/shared/<token>); reads that person's record only",
        },
      },
      schemas: { Error: errorSchema },
    },
    paths,
  };
}
