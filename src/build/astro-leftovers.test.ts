import { existsSync } from "node:fs";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { removeAstroLeftovers } from "./astro-leftovers";

describe("removeAstroLeftovers", () => {
  it("removes the content layer's files Astro copied into the output, and keeps one the site publishes", async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), "leftovers-root-"));
    const out = await mkdtemp(path.join(os.tmpdir(), "leftovers-out-"));
    await mkdir(path.join(root, "public"));
    await writeFile(path.join(root, "public", "content-modules.mjs"), "export const page = 'ours';");
    for (const f of ["content-assets.mjs", "content-modules.mjs", "index.html"]) await writeFile(path.join(out, f), "x");
    expect(await removeAstroLeftovers(out, root)).toEqual(["content-assets.mjs"]);
    expect(["content-assets.mjs", "content-modules.mjs", "index.html"].map((f) => existsSync(path.join(out, f)))).toEqual([false, true, true]);
  });
});
