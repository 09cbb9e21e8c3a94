import { describe, expect, it } from "vitest";
import { checkEndpoint, endpointStillPublic, isPublicAddress } from "./push-endpoint";

const strict = { allowLocal: false };
const at = (url: string) => new URL(url);

describe("where the server may send a push", () => {
  it.each([
    "https://fcm.googleapis.com/fcm/send/abc",
    "https://updates.push.services.mozilla.com/wpush/v2/abc",
    "https://web.push.apple.com/abc",
    "https://8.8.8.8/push",
    "https://[2001:4860:4860::8888]/push",
  ])("accepts a push service on the public internet: %s", (url) => {
    expect(checkEndpoint(at(url), strict)).toBeNull();
  });

  it.each([
    "https://127.0.0.1/push",
    "https://10.0.0.5/push",
    "https://172.16.3.4/push",
    "https://192.168.1.1/push",
    "https://169.254.169.254/latest/meta-data",
    "https://100.64.0.1/push",
    "https://0.0.0.0/push",
    "https://[::1]/push",
    "https://[fd00::1]/push",
    "https://[fe80::1]/push",
    "https://[::ffff:127.0.0.1]/push",
    "https://2130706433/push",
    "https://0x7f.1/push",
    "https://localhost:5432/push",
    "https://db.localhost/push",
    "https://intranet/push",
  ])("refuses an address on the server's own network: %s", (url) => {
    expect(checkEndpoint(at(url), strict)).toBe("private-address");
  });

  it("refuses plain http, unless the test suite's local push service is allowed", () => {
    expect(checkEndpoint(at("http://push.example.com/x"), strict)).toBe("not-https");
    expect(checkEndpoint(at("http://127.0.0.1:4100/x"), { allowLocal: true })).toBeNull();
    expect(checkEndpoint(at("ftp://push.example.com/x"), { allowLocal: true })).toBe("not-https");
  });

  it("counts only public unicast addresses as public", () => {
    expect(isPublicAddress("93.184.216.34")).toBe(true);
    expect(isPublicAddress("192.168.0.1")).toBe(false);
    expect(isPublicAddress("not an address")).toBe(false);
  });
});

describe("before each send", () => {
  const endpoint = at("https://push.example.com/abc");

  it("sends when every address the name resolves to is public", async () => {
    expect(
      await endpointStillPublic(endpoint, strict, async () => ["93.184.216.34", "2606:2800:220:1::1"]),
    ).toBe(true);
  });

  it("refuses a name that now resolves to a private address, even beside a public one (DNS rebinding)", async () => {
    expect(await endpointStillPublic(endpoint, strict, async () => ["93.184.216.34", "10.0.0.7"])).toBe(
      false,
    );
    expect(await endpointStillPublic(endpoint, strict, async () => ["::1"])).toBe(false);
  });

  it("refuses a name that does not resolve", async () => {
    expect(await endpointStillPublic(endpoint, strict, async () => [])).toBe(false);
    expect(
      await endpointStillPublic(endpoint, strict, async () => {
        throw new Error("ENOTFOUND");
      }),
    ).toBe(false);
  });
});
