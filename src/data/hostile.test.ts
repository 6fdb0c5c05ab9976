/**
 * Hostile and mistaken input at the validator (`npm run validate`, and the build, which runs it
 * first): each class of issue 15 in process, on the small base dataset of
 * src/test/fixtures/broken/base with one file changed. The real-folder cases (paths, symlinks,
 * missing env folders) run on a temporary copy through the same reader the CLI uses.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { seedHash } from "../lib/seed-hash";
import { parseManifest } from "../pipeline/manifest";
import { renderReport } from "../pipeline/run";
import { readDataset, type FileReader } from "./dataset";
import { formatDataErrors } from "./errors";
import { BASE, FIXTURES } from "./fixture-reader.test-helpers";
import { dataDirs, dirProblems, fsReader, readData } from "./load";

const IV = `${BASE}/data/indicator-values.csv`;
const MANIFEST = `${BASE}/seeds/manifest.csv`;
const SEED = `${BASE}/seeds/mini-2024.txt`;
const RECORD = `${BASE}/data/mini-2024/extraction.csv`;
const base = (file: string) => readFileSync(file, "utf8");

/** The base dataset with some files' text replaced (keys are paths as the fixture reader shows them). */
function readerWith(overrides: Record<string, string>): FileReader {
  return (root, rel) => {
    const file = path.posix.join(BASE, root === "text" ? "seeds" : root, rel);
    if (file in overrides) return { file, bytes: new TextEncoder().encode(overrides[file]) };
    return existsSync(file) ? { file, bytes: new Uint8Array(readFileSync(file)) } : null;
  };
}
const problems = (overrides: Record<string, string>) => formatDataErrors(readDataset(readerWith(overrides)).errors).split("\n").filter(Boolean);
const notices = (overrides: Record<string, string>) => readDataset(readerWith(overrides)).notices;

/** indicator-values.csv with line 2 (gdp 2023 actual 3.2) changed by `edit`. */
const ivLine2 = (edit: (cells: string[]) => void) => {
  const lines = base(IV).split("\n");
  const cells = lines[1]!.split(",");
  edit(cells);
  lines[1] = cells.join(",");
  return { [IV]: lines.join("\n") };
};

describe("numbers only in the forms the report writes, quoted as written", () => {
  test.each(["1e3", "3.2e0", "-0", "-0.0", "03.2", ".5", "+3.2", "３.2"])("value %j is refused", (cell) => {
    expect(problems(ivLine2((c) => (c[4] = cell)))).toEqual([
      `${IV}:2:5 value ${JSON.stringify(cell)} — expected a number as the report writes it: 5, 3.2 or -2.1 (no exponent, leading zero, + or -0)`,
    ]);
  });
  test("a value that differs from its figure is quoted as the cell has it, not as a parsed number", () => {
    expect(problems(ivLine2((c) => (c[4] = "3.20"))).length).toBe(0); // same number, written with a trailing zero
    expect(problems(ivLine2((c) => (c[4] = "3.50")))).toEqual([
      `${IV}:2:5 value "3.50" — expected 3.2, the value of figure review-p1-f1 ("增长3.2%")`,
    ]);
  });
});

describe("quotes are compared in one normal form (full-width digits folded as the pipeline does)", () => {
  // The seed as a maintainer might receive it: full-width digits, ． and ％. The extraction is the same.
  const fullWidth = base(SEED).replace("增长3.2%", "增长３．２％");
  const reExtracted = { [SEED]: fullWidth, [RECORD]: `file,sha256,data_date\nmini-2024.txt,${seedHash(fullWidth)},2026-11-26\n` };
  test.each([
    ["ASCII, as on the site", "地区生产总值增长3.2%"],
    ["full-width, as in the seed", "地区生产总值增长３．２％"],
  ])("a quote written %s validates", (_label, quote) => {
    expect(problems({ ...reExtracted, ...ivLine2((c) => (c[7] = quote)) })).toEqual([]);
  });
});

describe("header-only tables fail naming the file", () => {
  test.each(["indicator-values.csv", "projects.csv", "areas.csv"])("%s", (name) => {
    const file = `${BASE}/data/${name}`;
    const header = base(file).split("\n")[0]!;
    expect(problems({ [file]: `${header}\n` })).toContainEqual(
      `${file} no data rows — expected at least one row under the header of ${name} (a header alone leaves the site without them)`,
    );
  });
});

test("a broken manifest row is reported once; rows that depend on it are not reported again", () => {
  const manifest = base(MANIFEST).replace("2026-11-26", "2024-02-30");
  expect(problems({ [MANIFEST]: manifest })).toEqual([`${MANIFEST}:2:11 data_date "2024-02-30" — expected a date written YYYY-MM-DD`]);
});

test("a typed figure in a note fails; ids, names and years do not", () => {
  const withNote = (note: string) => ivLine2((c) => (c[9] = note));
  expect(problems(withNote("Yangquan targets 5.5% instead."))).toEqual([
    `${IV}:2:10 note "Yangquan targets 5.5% instead." — expected no typed figure ("5.5%" found): name the figure or section by its id (e.g. plan-p3-f7) instead`,
  ]);
  expect(problems(withNote("约１２００万人"))).toHaveLength(1);
  for (const fine of ["See plan-8-p6 and review-p1-f2.", "The 2023 review gives no PM2.5 figure.", "2023: 建成; 2024: 新建."]) {
    expect(problems(withNote(fine)), fine).toEqual([]);
  }
});

describe("seeds are tied to their extraction", () => {
  const edited = base(SEED).replace("增长3.2%", "增长2.6%");
  test("a seed edited without re-extracting fails, naming the file and the command", () => {
    expect(problems({ [SEED]: edited })).toEqual([
      expect.stringMatching(new RegExp(`^${SEED} report text changed since it was extracted — expected the text ${RECORD}:2 records .*run npm run data:diff to see what the new text changes, then npm run extract$`)),
    ]);
  });
  test("harmless re-saves (CRLF, BOM, no final newline) are not changes", () => {
    for (const text of [base(SEED).replace(/\n/g, "\r\n"), `\uFEFF${base(SEED)}`, base(SEED).trimEnd()]) expect(problems({ [SEED]: text })).toEqual([]);
  });
  test("a seed that changed while data_date stayed the same is a warning, not an error", () => {
    // npm run extract, in memory: new tables and a second row in the record.
    const meta = parseManifest(base(MANIFEST))[0]!;
    const tables = renderReport(edited, meta, SEED);
    const record = `${base(RECORD).trimEnd()}\nmini-2024.txt,${seedHash(edited)},2026-11-26\n`;
    const changed = {
      [SEED]: edited,
      [RECORD]: record,
      [`${BASE}/data/mini-2024/sections.csv`]: tables["sections.csv"],
      [`${BASE}/data/mini-2024/figures.csv`]: tables["figures.csv"],
      ...ivLine2((c) => { c[4] = "2.6"; c[7] = "地区生产总值增长2.6%"; }),
    };
    expect(problems(changed)).toEqual([]);
    expect(notices(changed)).toEqual([
      `${MANIFEST}:2: warning: ${SEED} changed since the extraction of 2026-11-26 (${RECORD}), but data_date is still 2026-11-26; set it to the day of this text`,
    ]);
    expect(notices({ ...changed, [MANIFEST]: base(MANIFEST).replace("2026-11-26", "2026-12-01") })).toEqual([]);
  });
  test("a missing record says to run npm run extract", () => {
    const reader: FileReader = (root, rel) => (rel === "mini-2024/extraction.csv" ? null : readerWith({})(root, rel));
    expect(formatDataErrors(readDataset(reader).errors)).toBe(
      "data/mini-2024/extraction.csv file not found — expected the record of the text data/mini-2024/ was extracted from, which `npm run extract` writes; run npm run extract",
    );
  });
});

describe("report texts only from seeds/ and the report folders, and env folders named as given", () => {
  let work: string;
  let outside: string;
  const env = (extra: Record<string, string> = {}) => ({ DATA_DIR: path.join(work, "data"), REPORTS_DIR: path.join(work, "shared"), ...extra });
  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), "hostile-"));
    await cp(BASE, work, { recursive: true });
    await mkdir(path.join(work, "shared"));
    outside = path.join(work, "private.txt");
    await writeFile(outside, "一、私钥\n-----BEGIN PRIVATE KEY-----\n");
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });
  const withFile = async (file: string) => {
    const manifest = path.join(work, "seeds", "manifest.csv");
    await writeFile(manifest, base(MANIFEST).replace(",mini-2024.txt,", `,${file},`));
    return readDataset(fsReader(dataDirs(env()))).errors.map((e) => `${e.line}:${e.column} ${e.message}`);
  };

  test.each([
    ["../private.txt", 'file "../private.txt" — expected a path inside seeds/ or a report folder, without ".."'],
    ["../../../../../../etc/passwd", 'file "../../../../../../etc/passwd" — expected a path inside seeds/ or a report folder, without ".."'],
    ["/etc/passwd", 'file "/etc/passwd" — expected a path relative to seeds/ or a report folder, not an absolute path'],
  ])("manifest file %j is refused at its row and column", async (file, message) => {
    expect(await withFile(file)).toEqual([`2:9 ${message}`]);
  });

  test("a symbolic link that leads out of seeds/ is refused, with where it leads", async () => {
    await symlink(outside, path.join(work, "seeds", "innocent.txt"));
    expect(await withFile("innocent.txt")).toEqual([
      `2:9 file "innocent.txt" — expected a file inside ${path.join(work, "seeds")}/; innocent.txt there is a symbolic link to ${outside}, outside it`,
    ]);
  });

  test("a text in an extra report folder is read from there; an absent one is a notice, and the rest still validates", async () => {
    await cp(SEED, path.join(work, "shared", "elsewhere.txt"));
    await writeFile(path.join(work, "data", "mini-2024", "extraction.csv"), base(RECORD).replace("mini-2024.txt", "elsewhere.txt"));
    expect(await withFile("elsewhere.txt")).toEqual([]);
    expect(readData(dataDirs(env())).reports.get("mini-2024")!.seedPath).toBe(path.join(work, "shared", "elsewhere.txt"));
    const absent = readDataset(fsReader(dataDirs(env({ REPORTS_DIR: "" }))));
    expect(absent.errors).toEqual([]);
    expect(absent.notices).toEqual([
      expect.stringContaining('manifest.csv:2: report text "elsewhere.txt" is not present (looked in '),
    ]);
  });

  test("a missing DATA_DIR, SEEDS_DIR or REPORTS_DIR is named as given, with the path looked for", () => {
    const dirs = dataDirs({ DATA_DIR: "no-such-data", SEEDS_DIR: "no-such-seeds", REPORTS_DIR: "no-such-reports" });
    expect(formatDataErrors(dirProblems(dirs)).split("\n")).toEqual([
      `DATA_DIR "no-such-data" folder not found — expected a folder at ${path.resolve("no-such-data")}`,
      `REPORTS_DIR entry "no-such-reports" folder not found — expected a folder at ${path.resolve("no-such-reports")}`,
      `SEEDS_DIR "no-such-seeds" folder not found — expected a folder at ${path.resolve("no-such-seeds")}`,
    ]);
    expect(() => readData(dirs)).toThrow(/^3 data problems:\nDATA_DIR "no-such-data" folder not found/);
  });
});

test("the fixtures these cases use exist", async () => {
  expect(existsSync(FIXTURES)).toBe(true);
  expect((await readFile(RECORD, "utf8")).split("\n")[1]).toMatch(/^mini-2024\.txt,[0-9a-f]{64},2026-11-26$/);
});

test("npm run validate prints all of 2,000 problems and the count through a slow pipe", async () => {
  const work = await mkdtemp(path.join(os.tmpdir(), "validate-pipe-"));
  try {
    await cp(BASE, work, { recursive: true });
    const header = base(IV).split("\n")[0]!;
    const bad = Array.from({ length: 2000 }, (_, i) => `gdp,mini-2024,2024,target,x${i},,,,,`);
    await writeFile(path.join(work, "data", "indicator-values.csv"), `${header}\n${bad.join("\n")}\n`);
    const tsx = path.resolve("node_modules/.bin/tsx");
    const r = spawnSync("bash", ["-c", `"${tsx}" src/data/cli-validate.ts 2>&1 | (sleep 2; cat); exit "\${PIPESTATUS[0]}"`], {
      env: { ...process.env, DATA_DIR: path.join(work, "data"), REPORTS_DIR: "" },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const lines = r.stdout.trimEnd().split("\n");
    expect(r.status).toBe(1);
    expect(lines.filter((l) => l.includes("indicator-values.csv:"))).toHaveLength(6000);
    expect(lines.at(-1)).toBe("6000 problems found.");
    expect(r.stdout.length).toBeGreaterThan(4 * 65536);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}, 60_000);
