// @vitest-environment node
/// <reference types="node" />
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { VERTEBRAE } from "./icon-art";
import { ICON_FILES, renderIconFile } from "./icon-files";
import { crc32 } from "./png";

const publicDir = new URL("../public/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.webmanifest", publicDir), "utf8"));

describe("the installable app's manifest and icons", () => {
  it("names the app, starts at the root and runs standalone", () => {
    expect(manifest).toMatchObject({
      short_name: "Limber",
      start_url: "/",
      scope: "/",
      display: "standalone",
    });
  });

  it("offers PNG icons of 192 and 512 px and a maskable one, as install prompts require", () => {
    const sizes = manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`);
    expect(sizes).toEqual(expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]));
  });

  it.each(Object.keys(ICON_FILES))("ships %s exactly as the icon art draws it", (name) => {
    const committed = new Uint8Array(readFileSync(new URL(`icons/${name}`, publicDir)));
    expect(Buffer.from(committed).equals(Buffer.from(renderIconFile(name as keyof typeof ICON_FILES)))).toBe(
      true,
    );
  });

  it("lists in the manifest only icons that exist", () => {
    for (const icon of manifest.icons as { src: string }[]) {
      expect(Object.keys(ICON_FILES)).toContain(icon.src.replace("/icons/", ""));
    }
  });

  it("writes PNGs with the declared size in their header", () => {
    const png = renderIconFile("icon-192.png");
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([192, 192]);
  });

  it("keeps the drawing inside a maskable icon's safe circle (40% of the size around the centre)", () => {
    for (const v of VERTEBRAE) {
      for (const [x, y] of [
        [v.x, v.y],
        [v.x + v.width, v.y + v.height],
        [v.x, v.y + v.height],
        [v.x + v.width, v.y],
      ] as const) {
        expect(Math.hypot(x - 256, y - 256)).toBeLessThanOrEqual(0.4 * 512);
      }
    }
  });

  it("computes the standard CRC-32", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });
});
