/**
 * Two builds of the same inputs are byte-identical: nothing in the output depends on the clock,
 * randomness or the folder it was built in. The inputs are frozen first (copied into a temporary
 * folder) and that copy is built by its own safe build. Its output is compared file by file with
 * the test site that global setup built from this checkout (.tmp/site), when the copy's inputs
 * hash the same as that build's; if the tree changed since (someone is editing while tests run),
 * the frozen copy is copied again and both copies are built, as two independent builds.
 */
import { existsSync, readFileSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffTrees, hashTree } from "../../build/hash-tree.ts";
import { SITE_DIR } from "../paths.ts";
import { inputsStamp, requireSite, runSafeBuild, snapshotInputs, stampFile } from "../site-build.ts";

describe("deterministic build", () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), "determinism-"));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  async function build(root: string): Promise<string> {
    const outDir = path.join(root, "dist");
    const res = await runSafeBuild({ root, outDir, base: "/" });
    expect(res.output).not.toMatch(/Build failed|is invalid/);
    expect(res.code).toBe(0);
    return outDir;
  }

  it("a build of a frozen copy, in another folder, hashes identically file by file to the test site", async () => {
    requireSite(SITE_DIR);
    const a = path.join(work, "a");
    await snapshotInputs(a);
    const sameInputs = existsSync(stampFile(SITE_DIR)) && readFileSync(stampFile(SITE_DIR), "utf8") === (await inputsStamp(a));
    let reference = SITE_DIR;
    if (!sameInputs) {
      const b = path.join(work, "b");
      await cp(a, b, { recursive: true, verbatimSymlinks: true });
      reference = await build(b);
    }
    const first = await hashTree(reference);
    const second = await hashTree(await build(a));
    expect(first.size).toBeGreaterThan(0);
    expect(diffTrees(first, second)).toEqual([]);
  }, 600_000);
});
