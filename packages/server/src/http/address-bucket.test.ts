import { describe, expect, it } from "vitest";
import { addressBucket, isInternalAddress } from "./address-bucket";

describe("issue 17 finding 3: an address limit counts IPv6 by /64", () => {
  it("puts every address of one /64 in one bucket, and another /64 in another", () => {
    const one = addressBucket("2001:db8:1:2::1");
    expect(addressBucket("2001:db8:1:2:ffff:ffff:ffff:ffff")).toBe(one);
    expect(addressBucket("2001:0db8:0001:0002:0:0:0:abcd")).toBe(one);
    expect(addressBucket("2001:db8:1:3::1")).not.toBe(one);
  });

  it("counts IPv4 by address, the same whether the socket reports it IPv4-mapped or not", () => {
    expect(addressBucket("192.0.2.1")).toBe("192.0.2.1");
    expect(addressBucket("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(addressBucket("192.0.2.2")).not.toBe(addressBucket("192.0.2.1"));
  });

  it("keeps anything that is not an address as it is", () => {
    expect(addressBucket("unknown")).toBe("unknown");
  });

  it("tells the ranges a proxy of ours can live in from the public internet", () => {
    for (const internal of [
      "127.0.0.1",
      "10.1.2.3",
      "192.168.0.9",
      "172.16.5.5",
      "::1",
      "fd00::5",
      "::ffff:10.0.0.1",
    ]) {
      expect(isInternalAddress(internal), internal).toBe(true);
    }
    for (const outside of ["203.0.113.9", "8.8.8.8", "2001:db8::1", "2606:4700::1111", "nonsense"]) {
      expect(isInternalAddress(outside), outside).toBe(false);
    }
  });
});
