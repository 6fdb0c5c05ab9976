/**
 * Site builds a maintainer relies on, through the safe build (`npm run build`, src/build/):
 * - one good build of a dataset with both scenarios applied (the revised yangquan-2024 text of
 *   fixtures/next-report re-extracted, and the fixture yangquan-2025 of fixtures/following-year):
 *   it builds, gets pages for the new report and shows the target-vs-actual view;
 * - broken datasets built into that same output folder: exit 1, every problem printed with
 *   file:line:column and the value, no stack trace, and the previous output byte-identical.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { hashTree } from "../../build/hash-tree";
import { ROOT_DIR, TMP_DIR } from "../paths";
import { refuseBuildInProcess, runSafeBuild } from "../site-build";
import { assembleDataset, replaceSeedAndExtract } from "./overlay";

const WORK = path.join(TMP_DIR, "maintainer", "builds");
const FIXTURES = path.join(ROOT_DIR, "src/test/fixtures");
const OUT = path.join(WORK, "site");
const SEED_2024 = "yangquan-2024-government-work-report.txt";
const STACK_FRAME = /^\s+at .+[:(]\d+:\d+\)?$/m;

/** A plain copy of data/ and seeds/ in WORK/<name>, changed by `edit`; returns its data folder. */
async function brokenDataset(name: string, edit: (root: string) => Promise<void>): Promise<string> {
  const root = path.join(WORK, name);
  const dataDir = await assembleDataset(path.join(WORK, "no-fixture"), root); // no such folder: a plain copy
  await edit(root);
  return dataDir;
}

/** Sets field `column` (1-based) of the first line starting with `prefix`; returns that line's number. */
async function setCell(file: string, prefix: string, column: number, value: string): Promise<number> {
  const lines = (await readFile(file, "utf8")).split("\n");
  const i = lines.findIndex((l) => l.startsWith(prefix));
  if (i < 0) throw new Error(`${file}: no line starts with ${prefix}`);
  const fields = lines[i]!.split(",");
  fields[column - 1] = value;
  lines[i] = fields.join(",");
  await writeFile(file, lines.join("\n"));
  return i + 1;
}

/** Every .html file under `dir`, relative to it. */
function htmlFiles(dir: string, rel = ""): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(dir, path.join(rel, e.name)) : e.name.endsWith(".html") ? [path.join(rel, e.name)] : []);
}

let good: { code: number; output: string };
const page = (p: string) => readFileSync(path.join(OUT, p), "utf8");

beforeAll(async () => {
  const root = path.join(WORK, "good");
  const dataDir = await assembleDataset(path.join(FIXTURES, "following-year"), root);
  await replaceSeedAndExtract(root, "yangquan-2024", path.join(FIXTURES, "next-report", SEED_2024));
  // As in a clone without ../shared/: the national 2024 text is absent (REPORTS_DIR empty).
  good = await runSafeBuild({ outDir: OUT, base: "/", dataDir, reportsDir: "" });
}, 600_000);

describe("a new report and a revised text build with no code change", () => {
  test("the build succeeds", () => {
    expect(good.output).toMatch(/Built /);
    expect(good.code).toBe(0);
  });

  test("without ../shared/ the national text is a notice, and the national comparison still builds from curated rows", () => {
    expect(good.output).toMatch(/seeds\/manifest\.csv:3: report text "national-2024-government-work-report\.txt" is not present/);
    // The revised 2024 text was extracted while data_date stayed the same: a warning, not a failure.
    expect(good.output).toMatch(/seeds\/manifest\.csv:2: warning: .*yangquan-2024-government-work-report\.txt changed since the extraction of 2026-11-26/);
    expect(page("reports/national-2024/index.html")).toContain("国内生产总值增长5%左右");
    expect(existsSync(path.join(OUT, "embed/overview-national/index.html"))).toBe(true);
    expect(existsSync(path.join(OUT, "data/files/seeds/national-2024-government-work-report.txt"))).toBe(false);
    expect(page("data/index.html")).not.toContain("national-2024-government-work-report.txt");
  });

  test("without the national text, the national comparison is shown and cited by its curated rows, never by a text page", () => {
    // No text page, and no page links to one.
    expect(existsSync(path.join(OUT, "reports/national-2024/text/index.html"))).toBe(false);
    const pages = htmlFiles(OUT);
    expect(pages.filter((p) => page(p).includes("/reports/national-2024/text/"))).toEqual([]);
    // The overview and review show the national values, each linked to the curated row that quotes it;
    // every link to that page, on any page, lands on a row that is there.
    const national = page("reports/national-2024/index.html");
    for (const p of ["index.html", "review/index.html", "en/index.html"]) {
      expect([...page(p).matchAll(/<a class="num" href="\/reports\/national-2024\/#value-[\w-]+"[^>]*><b>[^<]+<\/b>/g)].length, p).toBeGreaterThan(0);
    }
    const missing = pages.flatMap((p) => [...page(p).matchAll(/href="\/reports\/national-2024\/#([^"]+)"/g)].filter(([, a]) => !national.includes(`id="${a}"`)).map(([, a]) => `${p}: #${a}`));
    expect(missing).toEqual([]);
    expect(page("index.html")).toMatch(/<a class="num" href="\/reports\/national-2024\/#value-part2-p3-f1"><b>5%<\/b>左右<\/a>/);
    expect(page("en/index.html")).toMatch(/<a class="num" href="\/reports\/national-2024\/#value-review-p2-f2" hreflang="zh-CN"><b>5.2%<\/b><span class="visually-hidden">[^<]+<\/span><\/a>/);
    // Each curated row is its own citation there: the report's title and the quote, with no link to a text.
    expect(national).toMatch(/<tr class="curated-values__target" id="value-part2-p3-f1">.*?《2024年国务院政府工作报告》：<q>国内生产总值增长5%左右<\/q>/s);
    expect(national).toContain("本站这一版没有收录这份报告的全文");
    // The comparison chart's CSV cites the national row's quote and links to that row.
    const csv = readFileSync(path.join(OUT, "downloads/yq2024-overview-national.csv"), "utf8");
    expect(csv).toContain("城镇新增就业1200万人以上");
    expect(csv).toMatch(/national-2024:part2-p3-f2/);
    expect(csv).toContain("/reports/national-2024/#value-part2-p3-f2");
  });

  test("the new report gets its pages and its files", () => {
    expect(page("reports/index.html")).toContain("阳泉市2025年政府工作报告（测试样例）");
    expect(page("reports/yangquan-2025/index.html")).toContain("阳泉市2025年政府工作报告（测试样例）");
    expect(readFileSync(path.join(OUT, "data/files/yangquan-2025/figures.csv"))).toEqual(
      readFileSync(path.join(FIXTURES, "following-year/data/yangquan-2025/figures.csv")),
    );
  });

  test("the revised text's added paragraph and figures are addressable", () => {
    const text = page("reports/yangquan-2024/text/index.html");
    expect(text).toContain('id="governance-p8"');
    expect(text).toContain('<mark id="governance-p8-f3">达到100%</mark>');
  });

  test("a gloss of a sentence the revised text changed is not shown, and the build names it", () => {
    // The revision makes 举办8次 举办9次 in review-3: the sentence no longer hashes as its English gloss
    // records, so the gloss is stale (its {fig:} token would show the new number in the old gloss's words).
    expect(good.output).toMatch(
      /warning: src\/content\/glosses\/en\/yangquan-2024\.yaml:\d+:\d+ review-3\.\d+\.hash "[0-9a-f]{8}" — expected the hash of sentence \d+ of paragraph review-3 of data\/yangquan-2024\/sections\.csv, now "[0-9a-f]{8}" \(“举办9次产业链专业镇[^”]*”\); the text changed, so this gloss is not shown/,
    );
    const en = page("en/report/index.html");
    expect(en).toMatch(/>9次<\/mark>产业链专业镇/);
    expect(en).not.toContain("promoting investment in industrial chains and specialised towns");
    // The paragraph's other gloss, whose sentence did not change, is still shown, its figures linked.
    expect(en).toContain("Building the tourism brand");
    expect(en).toMatch(/visitor numbers at the monitored scenic areas grew by <a class="num" href="\/en\/report\/#review-3-f\d+"><b>400%<\/b><\/a>/);
  });

  test("the target-vs-actual view appears on /data/ and the report page, with the tally", () => {
    for (const p of ["data/index.html", "reports/yangquan-2024/index.html"]) {
      const html = page(p);
      expect(html).toContain("阳泉市2024年政府工作报告：2024年目标完成情况");
      expect(html).toMatch(/完成3项，未完成2项，未报告\d+项/);
      expect(html).toContain("“左右”：与目标相差不超过0.5个百分点视为完成");
      expect(html).not.toContain("尚无后续报告。</strong>本报告整理了48项");
    }
    expect(page("data/index.html")).toMatch(/<th scope="row">地区生产总值增速<\/th><td><a href="\/reports\/yangquan-2024\/text\/#plan-p3-f1">5%左右<\/a><\/td><td><a href="\/reports\/yangquan-2025\/text\/#review-p2-f1">5.2%<\/a><\/td><td class="n">\+0.2个百分点<\/td><td>完成<\/td>/);
  });

  test("the Dataset JSON-LD lists the new report's files and the wider period", () => {
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page("data/index.html"))?.[1];
    const ld = JSON.parse(json ?? "null") as { temporalCoverage: string; distribution: { contentUrl: string }[] };
    expect(ld.temporalCoverage).toBe("2023/2025");
    expect(ld.distribution.map((d) => d.contentUrl)).toContain("http://localhost:4321/data/files/yangquan-2025/figures.csv");
  });
});

describe("broken data leaves the previous build untouched", () => {
  let before: Map<string, string>;
  beforeAll(async () => {
    if (good.code !== 0) throw new Error(`the good build failed:\n${good.output}`);
    before = await hashTree(OUT);
  });

  const cases: [string, (root: string) => Promise<RegExp[]>][] = [
    ["a non-numeric curated value", async (root) => {
      const line = await setCell(path.join(root, "data/indicator-values.csv"), "gdp,yangquan-2024,2023,actual", 5, "3.2x");
      return [new RegExp(`data/indicator-values\\.csv:${line}:5 value "3\\.2x" — expected a number`)];
    }],
    ["an impossible data date", async (root) => {
      await setCell(path.join(root, "seeds/manifest.csv"), "national-2024", 11, "2026-02-30");
      // Reported once: the rows that name national-2024 are not reported again.
      return [/seeds\/manifest\.csv:3:11 data_date "2026-02-30" — expected a date written YYYY-MM-DD\n1 problem found\./];
    }],
    ["a missing figures table", async (root) => {
      await rm(path.join(root, "data/yangquan-2024/figures.csv"));
      return [/data\/yangquan-2024\/figures\.csv file not found — expected a figures\.csv table/];
    }],
    ["a seed edited without re-extracting", async (root) => {
      const seed = path.join(root, "seeds", SEED_2024);
      await writeFile(seed, (await readFile(seed, "utf8")).replace("增长1.3%", "增长2.6%"));
      return [new RegExp(`seeds/${SEED_2024.replace(/\./g, "\\.")} report text changed since it was extracted — expected the text .*data/yangquan-2024/extraction\\.csv:2 records .*then npm run extract`)];
    }],
    ["a seed saved as GBK", async (root) => {
      const seed = path.join(root, "seeds", SEED_2024);
      const text = await readFile(seed, "utf8");
      await writeFile(seed, Buffer.concat([Buffer.from(text.slice(0, 20), "utf8"), Buffer.from([0xd2, 0xbb, 0xa1, 0xa2]), Buffer.from(text.slice(20), "utf8")]));
      const line = text.slice(0, 20).split("\n").length;
      return [new RegExp(`seeds/${SEED_2024.replace(/\./g, "\\.")}:${line} invalid UTF-8 bytes "0xA1 0xA2" — expected UTF-8 text`)];
    }],
  ];

  test.each(cases)("%s: exit 1, every message, no stack, dist unchanged", async (name, edit) => {
    let expected: RegExp[] = [];
    const dataDir = await brokenDataset(name.replace(/[^a-z]+/gi, "-"), async (root) => {
      expected = await edit(root);
    });
    const r = await refuseBuildInProcess({ outDir: OUT, base: "/", dataDir }); // in process: no tsx start per case
    expect(r.code).toBe(1);
    expect(r.output).toMatch(/is invalid; nothing was built/);
    for (const re of expected) expect(r.output).toMatch(re);
    expect(r.output).not.toMatch(STACK_FRAME);
    expect(await hashTree(OUT)).toEqual(before);
    expect(existsSync(OUT)).toBe(true);
  }, 120_000);
});
