/**
 * Limber's icon as a few shapes on a 512-unit canvas: a teal tile with five vertebrae in a gentle curve.
 * One description draws both the SVG icon and the PNGs (see write-icons.ts), so they cannot drift apart.
 */
export const ICON_BACKGROUND = "#1f5f5b";
export const ICON_FOREGROUND = "#ffffff";
const CANVAS = 512;

type RoundedRect = { x: number; y: number; width: number; height: number; radius: number };

/** Vertebrae from top to bottom; all inside the central circle a maskable icon keeps (radius 40%). */
export const VERTEBRAE: readonly RoundedRect[] = [
  { cx: 250, cy: 156, w: 116 },
  { cx: 258, cy: 206, w: 132 },
  { cx: 264, cy: 256, w: 148 },
  { cx: 258, cy: 306, w: 160 },
  { cx: 246, cy: 356, w: 170 },
].map(({ cx, cy, w }) => ({ x: cx - w / 2, y: cy - 18, width: w, height: 36, radius: 18 }));

export function iconSvg({ maskable = false } = {}): string {
  const tile = maskable
    ? `<rect width="${CANVAS}" height="${CANVAS}" fill="${ICON_BACKGROUND}"/>`
    : `<rect width="${CANVAS}" height="${CANVAS}" rx="96" fill="${ICON_BACKGROUND}"/>`;
  const bones = VERTEBRAE.map(
    (v) =>
      `<rect x="${v.x}" y="${v.y}" width="${v.width}" height="${v.height}" rx="${v.radius}" fill="${ICON_FOREGROUND}"/>`,
  ).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CANVAS} ${CANVAS}" role="img" aria-label="Limber">${tile}${bones}</svg>\n`;
}

const insideRoundedRect = (px: number, py: number, r: RoundedRect) => {
  if (px < r.x || px > r.x + r.width || py < r.y || py > r.y + r.height) return false;
  const cx = Math.min(Math.max(px, r.x + r.radius), r.x + r.width - r.radius);
  const cy = Math.min(Math.max(py, r.y + r.radius), r.y + r.height - r.radius);
  return (px - cx) ** 2 + (py - cy) ** 2 <= r.radius ** 2;
};

const rgb = (hex: string) =>
  [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** RGBA pixels of the icon at `size` px, anti-aliased by 4x4 supersampling. */
export function rasterizeIcon(size: number, { maskable = false } = {}): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const scale = CANVAS / size;
  const tile: RoundedRect = { x: 0, y: 0, width: CANVAS, height: CANVAS, radius: maskable ? 0 : 96 };
  const [br, bg, bb] = rgb(ICON_BACKGROUND);
  const [fr, fg, fb] = rgb(ICON_FOREGROUND);
  const samples = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let inTile = 0;
      let inBone = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const px = (x + (sx + 0.5) / samples) * scale;
          const py = (y + (sy + 0.5) / samples) * scale;
          if (!insideRoundedRect(px, py, tile)) continue;
          inTile += 1;
          if (VERTEBRAE.some((v) => insideRoundedRect(px, py, v))) inBone += 1;
        }
      }
      const i = (y * size + x) * 4;
      const bone = inTile === 0 ? 0 : inBone / inTile;
      pixels[i] = Math.round(br + (fr - br) * bone);
      pixels[i + 1] = Math.round(bg + (fg - bg) * bone);
      pixels[i + 2] = Math.round(bb + (fb - bb) * bone);
      pixels[i + 3] = Math.round((inTile / samples ** 2) * 255);
    }
  }
  return pixels;
}
