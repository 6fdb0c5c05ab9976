/** Two builds of the same inputs are byte-identical: nothing in the output depends on the clock or randomness. */
import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diffTrees, hashTree } from "../../build/hash-tree.ts";
import { SITE_DIR, TMP_DIR } from "../paths.ts";
import { requireSite, runSafeBuild } from "../site-build.ts";

const AGAIN = path.join(TMP_DIR, "site-again");

describe("deterministic build", () => {
  afterAll(async () => {
    await rm(AGAIN, { recursive: true, force: true });
  });
  it("a second build hashes identically, file by file", async () => {
    requireSite(SITE_DIR);
    const again = await runSafeBuild({ outDir: AGAIN, base: "/" });
    expect(again.output).not.toMatch(/Build failed|invalid/);
    expect(again.code).toBe(0);
    const first = await hashTree(SITE_DIR);
    const second = await hashTree(AGAIN);
    expect(first.size).toBeGreaterThan(0);
    expect(diffTrees(first, second)).toEqual([]);
  }, 300_000);
});
