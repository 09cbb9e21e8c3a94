/**
 * Writes the app icons into public/icons from icon-art.ts: `npx tsx packages/web/build/write-icons.ts`.
 * Run it after changing the art; icons.test.ts fails while the committed files differ from the art.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { ICON_FILES, renderIconFile } from "./icon-files";

const dir = new URL("../public/icons/", import.meta.url);
mkdirSync(dir, { recursive: true });
for (const name of Object.keys(ICON_FILES)) {
  writeFileSync(new URL(name, dir), renderIconFile(name as keyof typeof ICON_FILES));
}
