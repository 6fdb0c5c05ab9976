/**
 * The two maintainer scenarios, without a site build (see site-builds.test.ts for the builds):
 * - next-report: a revised text of yangquan-2024 (two figures changed, one paragraph added) →
 *   extraction + data:diff show exactly those changes;
 * - following-year: a fixture yangquan-2025 whose review gives 2024 actuals → the 2024 targets
 *   are met / missed / not reported by the rules of src/reports/target-check.ts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { beforeAll, describe, expect, test } from "vitest";
import { readData, type Data } from "../../data/load";
import { decodeUtf8 } from "../../pipeline/decode";
import { diffFigures, diffSections, formatDiff, type Row } from "../../pipeline/diff";
import { parseManifest } from "../../pipeline/manifest";
import { renderReport } from "../../pipeline/run";
import { targetView } from "../../reports/target-view";
import { ROOT_DIR, TMP_DIR } from "../paths";
import { assembleDataset } from "./overlay";

const FIXTURES = path.join(ROOT_DIR, "src/test/fixtures");
const parse = (csv: string): Row[] => Papa.parse<Row>(csv, { header: true, skipEmptyLines: true }).data;
const read = (p: string) => readFileSync(path.join(ROOT_DIR, p), "utf8");

describe("next-report: a revised text shows exactly its changes in data:diff", () => {
  const meta = parseManifest(read("seeds/manifest.csv")).find((m) => m.id === "yangquan-2024")!;
  const seed = path.join(FIXTURES, "next-report", meta.file);
  const fresh = renderReport(decodeUtf8(new Uint8Array(readFileSync(seed)), seed), meta, seed);
  const sections = diffSections(parse(read("data/yangquan-2024/sections.csv")), parse(fresh["sections.csv"]));
  const figures = diffFigures(parse(read("data/yangquan-2024/figures.csv")), parse(fresh["figures.csv"]));

  test("one section added: the new closing paragraph; the two edited areas changed in text only", () => {
    expect(sections.added.map((s) => s.id)).toEqual(["governance-p8"]);
    expect(sections.removed).toEqual([]);
    expect(sections.moved).toEqual([]);
    expect(sections.changed.map((p) => p.after.id)).toEqual(["review-3", "review-8"]);
  });

  test("figures: the new paragraph's three added, the two edited ones changed, nothing else", () => {
    expect(figures.added.map((f) => [f.id, f.quote])).toEqual([
      ["governance-p8-f1", "170件"],
      ["governance-p8-f2", "390件"],
      ["governance-p8-f3", "达到100%"],
    ]);
    expect(figures.changed.map((p) => [p.after.id, p.before.value, p.after.value])).toEqual([
      ["review-3-f1", "8", "9"],
      ["review-8-f1", "8", "10"],
    ]);
    expect(figures.removed).toEqual([]);
    expect(figures.moved).toEqual([]);
  });

  test("the printed diff lists those changes and no others", () => {
    const lines = formatDiff(meta.id, sections, figures).filter((l) => /^[+~-] /.test(l));
    expect(lines.map((l) => l.split(":")[0])).toEqual([
      "+ section governance-p8 (line 175)",
      "~ section review-3 → review-3 [text]",
      "~ section review-8 → review-8 [text]",
      "+ figure governance-p8-f1",
      "+ figure governance-p8-f2",
      "+ figure governance-p8-f3",
      "~ figure review-3-f1 → review-3-f1",
      "~ figure review-8-f1 → review-8-f1",
    ]);
  });

  test("the committed data is what extraction gives for the committed seed (no drift)", () => {
    const committed = renderReport(read(`seeds/${meta.file}`), meta, `seeds/${meta.file}`);
    expect(committed["figures.csv"]).toBe(read("data/yangquan-2024/figures.csv"));
  });
});

describe("following-year: 2024 targets against the 2025 report's review", () => {
  let data: Data;
  beforeAll(async () => {
    const root = path.join(TMP_DIR, "maintainer", "following-year");
    const dataDir = await assembleDataset(path.join(FIXTURES, "following-year"), root);
    data = readData({ dataDir, seedsDir: path.join(root, "seeds") }); // throws on any data problem
  });

  test("the fixture's extracted CSVs are what extraction gives for its seed", () => {
    const meta = parseManifest(read("src/test/fixtures/following-year/seeds/manifest.csv"))[0]!;
    const seed = `src/test/fixtures/following-year/seeds/${meta.file}`;
    const fresh = renderReport(read(seed), meta, seed);
    expect(fresh["figures.csv"]).toBe(read("src/test/fixtures/following-year/data/yangquan-2025/figures.csv"));
    expect(fresh["sections.csv"]).toBe(read("src/test/fixtures/following-year/data/yangquan-2025/sections.csv"));
  });

  test("yangquan-2025 is found as the following report and every 2024 target gets a verdict", () => {
    const view = targetView(data, "yangquan-2024");
    expect(view.following?.id).toBe("yangquan-2025");
    expect(view.checks.length).toBe(view.targetCount);
    const bySlug = new Map(view.checks.map((c) => [c.indicator.slug, c]));
    expect([...bySlug].filter(([, c]) => c.outcome !== "not_reported").map(([slug, c]) => [slug, c.outcome, c.gap])).toEqual([
      ["gdp", "met", 0.2], // 5%左右 vs 5.2%: within ±0.5 pp
      ["foreign-trade", "missed", -0.8], // 5%左右 vs 4.2%: outside the band
      ["urban-jobs", "missed", -0.1], // 1.8万人, no qualifier, vs 1.7万人
      ["registered-unemployment", "met", -0.2], // 4%左右 vs 3.8%
      ["manufacturing-va", "met", 0.5], // 17%, no qualifier, vs 17.5%
    ]);
    expect(bySlug.get("cpi")).toMatchObject({ outcome: "not_reported", actual: { status: "not_stated" } });
    expect(view.tally).toEqual({ met: 3, missed: 2, not_reported: view.targetCount - 5 });
  });

  test("the national report has no following report yet", () => {
    expect(targetView(data, "national-2024").following).toBeNull();
  });
});
