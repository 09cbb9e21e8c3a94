/**
 * A clinician's link is `/#/shared/<token>` (design: "Sharing with a clinician"): the token lives in the
 * fragment, so it never reaches a server or proxy log. A page opened on such a link is the clinician's
 * read-only view: it must not open this browser's record or start the person's sync.
 */
const SHARED_PREFIX = "#/shared/";

/** True when the page was opened on a share link (the clinician's view). */
export function isSharedLink(hash: string): boolean {
  return hash.startsWith(SHARED_PREFIX) && hash.length > SHARED_PREFIX.length;
}

/** The fragment path of a share, for the route table. */
export const SHARED_ROUTE = "/shared/:token";

/** Whether this page load began on a share link: then the local record stays closed for the whole load. */
export const openedOnSharedLink = isSharedLink(globalThis.location?.hash ?? "");
