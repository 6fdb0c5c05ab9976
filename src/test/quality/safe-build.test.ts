/**
 * The safe build (src/build/safe-build.ts) refuses bad data with every location listed, exits 1,
 * prints no stack trace, and leaves the previous output folder exactly as it was. The broken-data
 * case runs `npm run build` as a process behind a slow pipe (the point is that its output drains);
 * it stops at validation, so Astro never runs. The output-folder cases run in this process.
 */
import { spawnSync } from "node:child_process";
import { cp, mkdtemp, mkdir, readFile, readdir, rename, rm, stat, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashTree } from "../../build/hash-tree.ts";
import { parseBuildOptions } from "../../build/options.ts";
import { BUILD_MARKER, BUILD_MARKER_TEXT } from "../../build/out-dir.ts";
import { INHERITED_ENV_TO_DROP, safeBuild, type BuildEffects } from "../../build/safe-build.ts";
import { swapDir } from "../../build/swap-dir.ts";
import { DATA_DIR, ROOT_DIR } from "../paths.ts";

/** Replaces field `column` (1-based) of line `line` (1-based) in a CSV whose first fields hold no commas or quotes. */
function breakCell(csv: string, line: number, column: number, value: string): string {
  const lines = csv.split("\n");
  const fields = lines[line - 1]!.split(",");
  fields[column - 1] = value;
  lines[line - 1] = fields.join(",");
  return lines.join("\n");
}

const STACK_FRAME = /^\s+at .+[:(]\d+:\d+\)?$/m;
const BAD_ROWS = 2000;

/**
 * `npm run build` with its output piped to a reader that starts only after 2 s, as `| less` or a
 * CI log would: a process that exits before its stdout drains loses all but the first 64 KiB.
 */
function slowlyPiped(req: { outDir: string; base: string; dataDir: string }): Promise<{ code: number; output: string }> {
  const tsx = path.join(ROOT_DIR, "node_modules", ".bin", "tsx");
  const env: NodeJS.ProcessEnv = { ...process.env, BASE_PATH: req.base, DATA_DIR: req.dataDir, ASTRO_TELEMETRY_DISABLED: "1" };
  for (const key of INHERITED_ENV_TO_DROP) delete env[key];
  const script = `"${tsx}" src/build/safe-build.ts --local --out "${req.outDir}" 2>&1 | (sleep 2; cat); exit "\${PIPESTATUS[0]}"`;
  const r = spawnSync("bash", ["-c", script], { cwd: ROOT_DIR, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return Promise.resolve({ code: r.status ?? 1, output: r.stdout });
}

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
    // 2,000 more bad rows: far more output than a pipe holds (64 KiB), so a process that exits
    // before its stdout drains would cut the list short.
    const values = path.join(data, "indicator-values.csv");
    const header = (await readFile(values, "utf8")).split("\n")[0];
    const bad = Array.from({ length: BAD_ROWS }, (_, i) => `gdp,yangquan-2024,2024,target,x${i},,,,,`);
    await writeFile(values, `${header}\n${bad.join("\n")}\n`);
    outDir = path.join(work, "dist");
    await mkdir(path.join(outDir, "areas"), { recursive: true });
    await writeFile(path.join(outDir, BUILD_MARKER), BUILD_MARKER_TEXT);
    await writeFile(path.join(outDir, "index.html"), "<!doctype html><title>previous build</title>");
    await writeFile(path.join(outDir, "areas", "app.css"), "body{}");
    before = await hashTree(outDir);
    mtimeBefore = (await stat(path.join(outDir, "index.html"))).mtimeMs;
    result = await slowlyPiped({ outDir, base: "/", dataDir: data });
  }, 120_000);
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it("exits non-zero", () => expect(result.code).toBe(1));
  it("prints every problem with file, line, column and the bad value", () => {
    expect(result.output).toMatch(/yangquan-2024\/sections\.csv:3:3 .*"two"/);
    expect(result.output).toMatch(/yangquan-2024\/sections\.csv:4:4 .*"-4"/);
  });
  it("prints the whole list, a count, and what is on disk, even with 2,000 problems", () => {
    // Each bad row has a bad value and lacks quote and figure_id (3 problems), plus the 2 above.
    const problems = result.output.split("\n").filter((l) => /^\S+\.csv:\d+:\d+ /.test(l));
    expect(problems).toHaveLength(BAD_ROWS * 3 + 2);
    expect(result.output).toContain(`indicator-values.csv:${BAD_ROWS + 1}:5 value "x${BAD_ROWS - 1}" — expected`);
    expect(result.output).toContain(`${BAD_ROWS * 3 + 2} problems found.`);
    expect(result.output.trimEnd().split("\n").at(-1)).toMatch(/is invalid; nothing was built, .*dist was left as it was\.$/);
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
  const options = (out: string) => ({ ...parseBuildOptions(["--out", out, "--local"], {}, ROOT_DIR), dataDir: DATA_DIR });
  const effects = (astroBuild: BuildEffects["astroBuild"], lines: string[]): BuildEffects => ({
    log: (l) => lines.push(l),
    error: (l) => lines.push(l),
    validate: async () => ({ ok: true, output: "data OK" }),
    astroBuild,
  });

  it("swaps a successful build into the output folder and removes the temporary ones", async () => {
    const out = path.join(work, "ok", "dist");
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, BUILD_MARKER), BUILD_MARKER_TEXT);
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
    expect([...(await hashTree(out)).keys()]).toEqual([BUILD_MARKER, "index.html"]);
    expect(await readdir(path.dirname(out))).toEqual(["dist"]);
  });

  it("keeps the previous output when Astro fails, and reports the message without a stack", async () => {
    const out = path.join(work, "fail", "dist");
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, BUILD_MARKER), BUILD_MARKER_TEXT);
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

describe("the output folder is the only place a build writes", () => {
  let work: string;
  let built: number;
  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), "safe-build-out-"));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });
  const effects = (lines: string[]): BuildEffects => ({
    log: (l) => lines.push(l),
    error: (l) => lines.push(l),
    validate: async () => ({ ok: true, output: "data OK" }),
    astroBuild: async (config) => {
      built++;
      await mkdir(config.outDir as string, { recursive: true });
      await writeFile(path.join(config.outDir as string, "index.html"), "new");
    },
  });
  const build = async (out: string) => {
    built = 0;
    const lines: string[] = [];
    const outcome = await safeBuild({ ...parseBuildOptions(["--out", out, "--local"], {}, ROOT_DIR), dataDir: DATA_DIR }, effects(lines));
    return { outcome, text: lines.join("\n"), built };
  };

  it("refuses a file (e.g. --out README.md) and leaves it as it was", async () => {
    const file = path.join(work, "README.md");
    await writeFile(file, "keep me");
    const r = await build(file);
    expect(r.outcome).toEqual({ ok: false, stage: "output" });
    expect(r.text).toMatch(/README\.md is a file, not a folder .* Nothing was built or written\.$/);
    expect(r.built).toBe(0);
    expect(await readFile(file, "utf8")).toBe("keep me");
  });

  it("refuses a non-empty folder that no build made, and touches nothing in it", async () => {
    const dir = path.join(work, "photos");
    await mkdir(dir);
    await writeFile(path.join(dir, "holiday.jpg"), "jpg");
    const before = await hashTree(dir);
    const r = await build(dir);
    expect(r.outcome).toEqual({ ok: false, stage: "output" });
    expect(r.text).toContain(`photos is a folder that an earlier build did not make (no ${BUILD_MARKER} in it; it holds holiday.jpg)`);
    expect(await hashTree(dir)).toEqual(before);
    expect(await readdir(work)).not.toContain(expect.stringMatching(/^\.dist-/));
  });

  it("refuses a folder that holds the project, and a symbolic link", async () => {
    expect((await build(path.dirname(ROOT_DIR))).text).toContain("which a build must never replace");
    const link = path.join(work, "link");
    await mkdir(path.join(work, "target"));
    await symlink(path.join(work, "target"), link);
    expect((await build(link)).text).toContain("link is a symbolic link");
  });

  it("builds into an empty or new folder, and replaces one it made before", async () => {
    const empty = path.join(work, "empty");
    await mkdir(empty);
    for (const out of [empty, path.join(work, "new", "dist"), empty /* now holding the marker */]) {
      const r = await build(out);
      expect(r.text).not.toContain("Nothing was built");
      expect(r.outcome, `${out}: ${r.text}`).toMatchObject({ ok: true });
    }
    expect((await readdir(empty)).sort()).toEqual([BUILD_MARKER, "index.html"]);
  });

  const chattr = spawnSync("chattr", ["--help"]).error === undefined && process.getuid?.() === 0;
  it.skipIf(!chattr)("when the previous output cannot be removed, nothing is swapped and the message says so", async () => {
    const out = path.join(work, "stuck");
    await mkdir(path.join(out, "a"), { recursive: true });
    await writeFile(path.join(out, BUILD_MARKER), BUILD_MARKER_TEXT);
    await writeFile(path.join(out, "index.html"), "previous");
    await writeFile(path.join(out, "a", "pinned.css"), "x");
    expect(spawnSync("chattr", ["+i", path.join(out, "a", "pinned.css")]).status).toBe(0);
    try {
      const before = await hashTree(out);
      const r = await build(out);
      expect(r.outcome).toEqual({ ok: false, stage: "swap" });
      expect(r.text).toContain(`The previous ${out} cannot be removed completely: ${path.join(out, "a", "pinned.css")} (EPERM).`);
      expect(r.text).toContain(`The new build was discarded and ${out} was left as it was`);
      expect(await hashTree(out)).toEqual(before);
      expect((await readdir(work)).filter((n) => n.includes("stuck"))).toEqual(["stuck"]);
    } finally {
      spawnSync("chattr", ["-i", path.join(out, "a", "pinned.css")]);
    }
  });
});

describe("swapDir(fresh, target, ops)", () => {
  it("reports a previous folder it could not remove after the swap, with where it is", async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), "swap-"));
    try {
      await mkdir(path.join(work, "fresh"));
      await mkdir(path.join(work, "dist"));
      const result = await swapDir(path.join(work, "fresh"), path.join(work, "dist"), {
        rename: (a, b) => rename(a, b),
        remove: async () => {
          throw new Error("EPERM: operation not permitted");
        },
      });
      expect(result).toMatchObject({ kind: "swapped-leftover", leftover: `${path.join(work, "dist")}.old-${process.pid}` });
      expect((await readdir(work)).sort()).toEqual(["dist", `dist.old-${process.pid}`]);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
