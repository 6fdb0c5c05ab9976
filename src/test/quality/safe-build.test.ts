/**
 * The safe build (src/build/safe-build.ts) refuses bad data with every location listed, exits 1,
 * prints no stack trace, and leaves the previous output folder exactly as it was. The refusal runs
 * in this process (refuseBuildInProcess: same options, validator and refusal path as `npm run build`).
 */
import { cp, mkdtemp, mkdir, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashTree } from "../../build/hash-tree.ts";
import { parseBuildOptions } from "../../build/options.ts";
import { safeBuild, type BuildEffects } from "../../build/safe-build.ts";
import { DATA_DIR, ROOT_DIR } from "../paths.ts";
import { refuseBuildInProcess } from "../site-build.ts";

/** Replaces field `column` (1-based) of line `line` (1-based) in a CSV whose first fields hold no commas or quotes. */
function breakCell(csv: string, line: number, column: number, value: string): string {
  const lines = csv.split("\n");
  const fields = lines[line - 1]!.split(",");
  fields[column - 1] = value;
  lines[line - 1] = fields.join(",");
  return lines.join("\n");
}

const STACK_FRAME = /^\s+at .+[:(]\d+:\d+\)?$/m;

describe("npm run build with broken data", () => {
  let work: string;
  let outDir: string;
  let before: Map<string, string>;
  let mtimeBefore: number;
  let result: { code: number; output: string };

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), "safe-build-"));
    const data = path.join(work, "data");
    await cp(DATA_DIR, data, { recursive: true });
    // The loader reads seeds from the folder next to the data folder (src/data/load.ts).
    await cp(path.join(ROOT_DIR, "seeds"), path.join(work, "seeds"), { recursive: true });
    const file = path.join(data, "yangquan-2024", "sections.csv");
    let csv = await readFile(file, "utf8");
    csv = breakCell(csv, 3, 3, "two"); // `order` must be a whole number
    csv = breakCell(csv, 4, 4, "-4"); // `line` must be a positive whole number
    await writeFile(file, csv);
    outDir = path.join(work, "dist");
    await mkdir(path.join(outDir, "areas"), { recursive: true });
    await writeFile(path.join(outDir, "index.html"), "<!doctype html><title>previous build</title>");
    await writeFile(path.join(outDir, "areas", "app.css"), "body{}");
    before = await hashTree(outDir);
    mtimeBefore = (await stat(path.join(outDir, "index.html"))).mtimeMs;
    result = await refuseBuildInProcess({ outDir, base: "/", dataDir: data });
  }, 120_000);
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it("exits non-zero", () => expect(result.code).toBe(1));
  it("prints every problem with file, line, column and the bad value", () => {
    expect(result.output).toMatch(/yangquan-2024\/sections\.csv:3:3 .*"two"/);
    expect(result.output).toMatch(/yangquan-2024\/sections\.csv:4:4 .*"-4"/);
  });
  it("prints no stack trace", () => expect(result.output).not.toMatch(STACK_FRAME));
  it("leaves the previous output untouched and no temporary folders behind", async () => {
    expect(await hashTree(outDir)).toEqual(before);
    expect((await stat(path.join(outDir, "index.html"))).mtimeMs).toBe(mtimeBefore);
    expect((await readdir(work)).sort()).toEqual(["data", "dist", "seeds"]);
  });
});

describe("safeBuild(options, effects)", () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), "safe-build-unit-"));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });
  const options = (out: string) => ({ ...parseBuildOptions(["--out", out], {}, ROOT_DIR), dataDir: DATA_DIR });
  const effects = (astroBuild: BuildEffects["astroBuild"], lines: string[]): BuildEffects => ({
    log: (l) => lines.push(l),
    error: (l) => lines.push(l),
    validate: async () => ({ ok: true, output: "data OK" }),
    astroBuild,
  });

  it("swaps a successful build into the output folder and removes the temporary ones", async () => {
    const out = path.join(work, "ok", "dist");
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, "stale.html"), "old");
    const lines: string[] = [];
    const outcome = await safeBuild(
      options(out),
      effects(async (config) => {
        await mkdir(config.outDir as string, { recursive: true });
        await writeFile(path.join(config.outDir as string, "index.html"), "new");
      }, lines),
    );
    expect(outcome.ok).toBe(true);
    expect([...(await hashTree(out)).keys()]).toEqual(["index.html"]);
    expect(await readdir(path.dirname(out))).toEqual(["dist"]);
  });

  it("keeps the previous output when Astro fails, and reports the message without a stack", async () => {
    const out = path.join(work, "fail", "dist");
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, "index.html"), "previous");
    const lines: string[] = [];
    const outcome = await safeBuild(
      options(out),
      effects(async (config) => {
        await mkdir(config.outDir as string, { recursive: true });
        await writeFile(path.join(config.outDir as string, "half.html"), "half");
        throw Object.assign(new Error("content loader: 2 data problems"), { hint: "see data/README.md" });
      }, lines),
    );
    expect(outcome).toEqual({ ok: false, stage: "astro" });
    expect(await readFile(path.join(out, "index.html"), "utf8")).toBe("previous");
    expect(await readdir(path.dirname(out))).toEqual(["dist"]);
    expect(lines.join("\n")).toContain("content loader: 2 data problems\nHint: see data/README.md");
    expect(lines.join("\n")).not.toMatch(STACK_FRAME);
  });
});
