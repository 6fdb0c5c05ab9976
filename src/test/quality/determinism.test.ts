/**
 * Two builds of the same inputs are byte-identical: nothing in the output depends on the clock,
 * randomness or the folder it was built in. Others edit this working tree while tests run, so the
 * inputs are frozen first: copied once, the copy copied again, and each copy built by its own
 * safe build into its own output.
 */
import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffTrees, hashTree } from "../../build/hash-tree.ts";
import { runSafeBuild, snapshotInputs } from "../site-build.ts";

describe("deterministic build", () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), "determinism-"));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it("two builds of one frozen tree, in different folders, hash identically file by file", async () => {
    const a = path.join(work, "a");
    const b = path.join(work, "b");
    await snapshotInputs(a);
    await cp(a, b, { recursive: true, verbatimSymlinks: true });
    const outputs: string[] = [];
    for (const root of [a, b]) {
      const outDir = path.join(root, "dist");
      const res = await runSafeBuild({ root, outDir, base: "/" });
      expect(res.output).not.toMatch(/Build failed|is invalid/);
      expect(res.code).toBe(0);
      outputs.push(outDir);
    }
    const first = await hashTree(outputs[0]!);
    const second = await hashTree(outputs[1]!);
    expect(first.size).toBeGreaterThan(0);
    expect(diffTrees(first, second)).toEqual([]);
  }, 600_000);
});
