/**
 * Where the server may send a push: only to a push service on the public internet. A subscription names its
 * endpoint, so without this a signed-in person could make the server POST to its own network (a database
 * port, a cloud metadata address, an admin page behind the firewall). Checked twice: when the subscription is
 * stored (the address as written) and before each send (the addresses its name resolves to now), and a
 * redirect is never followed.
 */
import { lookup } from "node:dns/promises";
import ipaddr from "ipaddr.js";

export type EndpointPolicy = {
  /** The test suite's local push service: plain http and this machine's own addresses are allowed. */
  readonly allowLocal: boolean;
};

export type EndpointRefusal = "not-https" | "private-address";

/** Only ipaddr.js's "unicast" range is the public internet; loopback, private, link-local and the rest are not. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === "unicast";
}

/** The host without an IPv6 literal's brackets. */
const hostOf = (endpoint: URL) => endpoint.hostname.replace(/^\[|\]$/g, "");

/** A name that can only mean this machine or its own network. */
function isLocalName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  return name === "localhost" || name.endsWith(".localhost") || !name.includes(".");
}

/** The endpoint as written: https, and a public address or a public-looking name. */
export function checkEndpoint(endpoint: URL, policy: EndpointPolicy): EndpointRefusal | null {
  if (policy.allowLocal)
    return endpoint.protocol === "https:" || endpoint.protocol === "http:" ? null : "not-https";
  if (endpoint.protocol !== "https:") return "not-https";
  const host = hostOf(endpoint);
  if (ipaddr.isValid(host)) return isPublicAddress(host) ? null : "private-address";
  return isLocalName(host) ? "private-address" : null;
}

export type Resolve = (hostname: string) => Promise<readonly string[]>;

const resolveAll: Resolve = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((found) => found.address);

/** Before a send: every address the endpoint's name resolves to now must be public. */
export async function endpointStillPublic(
  endpoint: URL,
  policy: EndpointPolicy,
  resolve: Resolve = resolveAll,
): Promise<boolean> {
  if (checkEndpoint(endpoint, policy) !== null) return false;
  if (policy.allowLocal) return true;
  const host = hostOf(endpoint);
  if (ipaddr.isValid(host)) return true;
  const addresses = await resolve(host).catch(() => []);
  return addresses.length > 0 && addresses.every(isPublicAddress);
}
