/** Every icon file the manifest and index.html name, and how each is drawn. */
import { iconSvg, rasterizeIcon } from "./icon-art";
import { encodePng } from "./png";

export const ICON_FILES = {
  "icon.svg": { kind: "svg", maskable: false },
  "icon-192.png": { kind: "png", size: 192, maskable: false },
  "icon-512.png": { kind: "png", size: 512, maskable: false },
  "icon-maskable-512.png": { kind: "png", size: 512, maskable: true },
} as const;

export function renderIconFile(name: keyof typeof ICON_FILES): Uint8Array {
  const spec = ICON_FILES[name];
  if (spec.kind === "svg") return new TextEncoder().encode(iconSvg({ maskable: spec.maskable }));
  return encodePng(spec.size, spec.size, rasterizeIcon(spec.size, { maskable: spec.maskable }));
}
