import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatDataError } from "../data/errors";
import { loadData } from "../data/load";
import type { Area } from "../data/schema";
import { alternatesOf, editionOf, editionParam, editionRoutes, languageEditions, languageRoutes, loadEditions, readEditions, siteEdition } from "./index";
import { editionFileSchema } from "./schema";
import { parseYamlWith } from "../lib/yaml-file";

const ROOT_FILE = readFileSync("src/content/editions/yq2024.yaml", "utf8");

describe("the editions in src/content/editions", () => {
  it("put one edition at the site root, built from its manifest row and areas", () => {
    const edition = siteEdition();
    const { manifest, areas } = loadData();
    const meta = manifest.find((m) => m.id === edition.reportId)!;
    expect(edition.path).toBe("");
    expect([edition.reviewYear, edition.planYear, edition.title]).toEqual([meta.review_year, meta.plan_year, meta.title]);
    expect(edition.areas.map((a) => a.slug)).toEqual(areas.filter((a) => a.report_id === edition.reportId).sort((a, b) => a.area_no - b.area_no).map((a) => a.slug));
    expect(loadEditions()[0]).toBe(edition);
  });

  it("fill the nav and page texts with the report's years, title and area count", () => {
    const edition = siteEdition();
    expect(edition.nav.map((n) => n.path)).toEqual(["", "review/", "areas/", "report/", "charts/", "data/", "about/"]);
    expect(edition.labels.review).toBe(`${edition.reviewYear}回顾`);
    expect(edition.labels.source).toBe(`来源：${edition.title}`);
    expect(edition.labels.areas).toBe("九大任务");
    expect(edition.pages.home_areas).toBe(`${edition.planYear}年的九项工作`);
    expect(edition.chartId("demand-sectors")).toBe(`${edition.id}-demand-sectors`);
    for (const text of [...Object.values(edition.labels), ...Object.values(edition.frame), ...Object.values(edition.pages)]) expect(text).not.toMatch(/[{}]/);
  });
});

describe("editionOf(file, report, areas) takes any number of areas", () => {
  const file = editionFileSchema.parse((parseYamlWith(ROOT_FILE, editionFileSchema) as { data: unknown }).data);
  const report = loadData().manifest.find((m) => m.id === file.report)!;
  const area = (n: number): Area => ({ report_id: file.report, area_no: n, slug: `area-${n}`, section_id: `plan-${n}`, short_zh: `第${n}项`, short_en: `Area ${n}`, color: "#0072b2", color_dark: "#56b4e9" });

  it("numbers a tenth and a twelfth area as the report writes them, in area order", () => {
    const edition = editionOf(file, report, [12, 3, 10, 1, 2, 4, 5, 6, 7, 8, 9, 11].map(area));
    expect(edition.areas.map((a) => a.numeral)).toEqual(["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]);
    expect(edition.labels.areas).toBe("十二大任务");
  });

  it("uses English names and Arabic numbers for an English edition", () => {
    const edition = editionOf({ ...file, lang: "en" }, report, [1, 2, 10].map(area));
    expect(edition.areas.map((a) => [a.numeral, a.name])).toEqual([["1", "Area 1"], ["2", "Area 2"], ["10", "Area 10"]]);
  });
});

describe("readEditions(dir, data) reports every problem with file:line:column", () => {
  function dirWith(files: Record<string, string>): string {
    const dir = mkdtempSync(path.join(tmpdir(), "editions-"));
    mkdirSync(path.join(dir, "editions"));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, "editions", name), text);
    return dir;
  }

  it("places a bad placeholder at its line and column, then an unknown report at its own", () => {
    const bad = ROOT_FILE.replace('path: ""', 'path: "yq2099/"').replace("report: yangquan-2024", "report: yangquan-2099").replace('"{review_year}回顾"', '"{reviewyear}回顾"');
    const { errors } = readEditions(dirWith({ "yq2024.yaml": bad }), loadData());
    const lines = errors.map((e) => formatDataError(e).replace(/^.*editions\//, ""));
    const reviewLine = bad.split("\n").findIndex((l) => l.includes("{reviewyear}")) + 1;
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^yq2024\\.yaml:${reviewLine}:11 labels\\.review "\\{reviewyear\\}回顾" — expected placeholders from: .*not \\{reviewyear\\}`))]);
    const fixed = bad.replace('"{reviewyear}回顾"', '"{review_year}回顾"');
    const second = readEditions(dirWith({ "yq2024.yaml": fixed }), loadData()).errors.map(formatDataError);
    const reportLine = fixed.split("\n").findIndex((l) => l.startsWith("report:")) + 1;
    expect(second).toEqual([expect.stringMatching(new RegExp(`yq2024\\.yaml:${reportLine}:9 report "yangquan-2099" — expected an id from seeds/manifest\\.csv`))]);
  });

  it("refuses two editions at one path and an id that is not the file name", () => {
    const { errors } = readEditions(dirWith({ "yq2024.yaml": ROOT_FILE, "zz.yaml": ROOT_FILE.replace("lang: zh-CN", "lang: en") }), loadData());
    expect(errors.map((e) => e.expected)).toEqual([expect.stringContaining("the file name without .yaml"), expect.stringContaining("a path no other edition uses")]);
  });
});

describe("edition paths: own pages at the edition's path, language-wide pages at the language's first edition", () => {
  function dirWith(files: Record<string, string>): string {
    const dir = mkdtempSync(path.join(tmpdir(), "editions-"));
    mkdirSync(path.join(dir, "editions"));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, "editions", name), text);
    return dir;
  }
  const english = ROOT_FILE.replace("id: yq2024", "id: yq2024en").replace("lang: zh-CN", "lang: en").replace('path: ""', 'path: "en/"');
  const { editions, errors } = readEditions(dirWith({ "yq2024.yaml": ROOT_FILE, "yq2024en.yaml": english }), loadData());
  const [zh, en] = [editions.find((e) => e.id === "yq2024")!, editions.find((e) => e.id === "yq2024en")!];

  it("gives each edition its nav under its own path, with /data/ and /about/ of its language", () => {
    expect(errors).toEqual([]);
    expect(zh.nav.map((n) => n.path)).toEqual(["", "review/", "areas/", "report/", "charts/", "data/", "about/"]);
    expect(en.nav.map((n) => n.path)).toEqual(["en/", "en/review/", "en/areas/", "en/report/", "en/charts/", "en/data/", "en/about/"]);
    expect([en.pagePath("embed/x/"), en.languagePage("reports/"), zh.languagePage("reports/")]).toEqual(["en/embed/x/", "en/reports/", "reports/"]);
  });

  it("keeps language-wide pages at the root for a second edition in the root's language", () => {
    const next = ROOT_FILE.replace("id: yq2024", "id: yq2025").replace('path: ""', 'path: "yq2025/"').replace("report: yangquan-2024", "report: national-2024");
    const read = readEditions(dirWith({ "yq2024.yaml": ROOT_FILE, "yq2025.yaml": next }), { ...loadData(), areas: [...loadData().areas, ...loadData().areas.filter((a) => a.report_id === "yangquan-2024").map((a) => ({ ...a, report_id: "national-2024" }))] });
    const later = read.editions.find((e) => e.id === "yq2025")!;
    expect(read.errors).toEqual([]);
    expect([later.languagePath, later.pagePath("review/"), later.languagePage("data/")]).toEqual(["", "yq2025/review/", "data/"]);
  });
});

describe("the site's editions", () => {
  it("build the language-wide pages once per language; alternates are the same report in other languages", () => {
    const langs = loadEditions().map((e) => e.lang);
    expect(languageEditions().map((e) => e.lang)).toEqual([...new Set(langs)]);
    for (const e of loadEditions()) expect(alternatesOf(e).every((a) => a.reportId === e.reportId && a.lang !== e.lang)).toBe(true);
  });
});

describe("route parameters of src/pages/[...edition]/", () => {
  it("leave the rest parameter out for the root edition and give a folder's name otherwise", () => {
    expect([editionParam({ path: "" }), editionParam({ path: "yq2025/" }), editionParam({ path: "en/" })]).toEqual([undefined, "yq2025", "en"]);
  });
  it("build an edition's own pages for every edition and the language-wide pages once per language", () => {
    expect(editionRoutes().map((r) => r.props.edition)).toEqual(loadEditions());
    expect(languageRoutes().map((r) => r.props.edition)).toEqual(languageEditions());
    for (const r of editionRoutes()) expect(r.params.edition).toBe(editionParam(r.props.edition));
  });
});
