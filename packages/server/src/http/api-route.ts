/**
 * One API operation, declared once: Fastify registers it, zod validates its input, and the OpenAPI document
 * is generated from the same declaration, so the contract and the code cannot drift apart.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import type { SignedInUser } from "../accounts/signed-in-user";
import type { Services } from "../services";

/** "public" needs no session; "optional" reads it when present; the others require one. */
export type Access = "public" | "optional" | "signed-in" | "owner";

export type RouteResponse = { readonly description: string; readonly schema?: z.ZodType };

export type RouteInput<B, Q, P, A extends Access> = {
  readonly body: B;
  readonly query: Q;
  readonly params: P;
  readonly user: A extends "signed-in" | "owner" ? SignedInUser : SignedInUser | null;
  readonly services: Services;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
};

/** What a handler answers: a status and a JSON body (none for 204). */
export type RouteResult = { readonly status: number; readonly body?: unknown };

export type ApiRoute<
  B extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  P extends z.ZodType = z.ZodType,
  A extends Access = Access,
> = {
  readonly method: "GET" | "POST" | "DELETE";
  readonly url: string;
  readonly tag: string;
  readonly summary: string;
  readonly access: A;
  readonly body?: B;
  /** The body as documented, for routes whose input the core validates itself (with better messages). */
  readonly documentedBody?: z.ZodType;
  readonly query?: Q;
  readonly params?: P;
  /** Request headers the operation reads, for the document. */
  readonly headers?: readonly { name: string; description: string }[];
  readonly responses: Readonly<Record<number, RouteResponse>>;
  handle(input: RouteInput<z.output<B>, z.output<Q>, z.output<P>, A>): Promise<RouteResult>;
};

// Handlers are checked against their own schemas where they are declared; the list only needs the shape.
// biome-ignore lint/suspicious/noExplicitAny: erases each route's own generics so routes can share one list
export type AnyRoute = ApiRoute<any, any, any, any>;

export function defineRoute<
  B extends z.ZodType = z.ZodUndefined,
  Q extends z.ZodType = z.ZodUndefined,
  P extends z.ZodType = z.ZodUndefined,
  A extends Access = Access,
>(route: ApiRoute<B, Q, P, A>): AnyRoute {
  return route as AnyRoute;
}
