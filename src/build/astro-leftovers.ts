/**
 * Astro 5.18 builds into an output folder outside the working folder by way of `<cwd>/.astro/`, then
 * copies whatever is left there into the output and removes that folder (core/build/static-build.js,
 * cleanServerOutput). `.astro/` also holds the content layer's own module files, so a build with
 * `--out /elsewhere` would publish them at the site's root. They are removed from the output unless
 * the site itself has a file of that name (in public/); no page of this site makes one.
 */
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";

/** The content layer's files in `.astro/` (astro/dist/content/consts.js). */
export const ASTRO_INTERNAL_FILES = ["content-assets.mjs", "content-modules.mjs"] as const;

/** Removes Astro's internal files from the root of `outDir`; returns the names removed. */
export async function removeAstroLeftovers(outDir: string, root: string): Promise<string[]> {
  const removed: string[] = [];
  for (const name of ASTRO_INTERNAL_FILES) {
    const copy = path.join(outDir, name);
    if (!existsSync(copy) || existsSync(path.join(root, "public", name))) continue;
    await rm(copy);
    removed.push(name);
  }
  return removed;
}
