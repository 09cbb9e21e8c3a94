/**
 * The unit every address limit counts in: an IPv4 address by itself, an IPv6 address by its /64. Any IPv6
 * user holds a whole /64 (2^64 addresses), so counting IPv6 addresses one by one gives no limit at all.
 * An IPv4-mapped IPv6 address (::ffff:192.0.2.1, as a dual-stack socket reports IPv4) is its IPv4 address.
 */
import ipaddr from "ipaddr.js";

export function addressBucket(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address); // IPv4-mapped IPv6 becomes IPv4
  if (parsed.kind() === "ipv4") return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return `${parts.map((part) => part.toString(16)).join(":")}::/64`;
}

/** Loopback, private (RFC 1918), unique-local (fc00::/7) or link-local: where a proxy of ours can live. */
export function isInternalAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const range = ipaddr.process(address).range();
  return ["loopback", "private", "uniqueLocal", "linkLocal"].includes(range);
}
