/**
 * What a screen needs from the routes without loading the route table (routes.ts), which loads every
 * screen: the props a route's screen receives and the paths screens build. A leaf, so no screen imports
 * the table that imports it.
 */

export type RouteProps = { readonly params: Record<string, string>; readonly query: URLSearchParams };

/** Where a finished session hands over to the post-session check-in. */
export const checkInPath = (sessionEventId: string) =>
  `/check-in?after=${encodeURIComponent(sessionEventId)}`;
