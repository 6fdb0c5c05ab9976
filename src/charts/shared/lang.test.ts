import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { loadIndicators, loadIndicatorValues, loadReport } from "../../data/load";
import { figureToEnglish, writtenFields } from "../../lib/en-number";
import { nounsOf } from "../../lang/nouns";
import type { DrawOptions, ResolveContext } from "../../specs/kind";
import { SPEC_KINDS } from "../../specs/kinds";
import { untranslatedChinese } from "../../test/quality/untranslated";
import type { ChartResult } from "../types";
import { chartLang } from "./lang";

/**
 * Charts drawn in English from the real data: what a reader of the English edition sees has no
 * Chinese outside elements marked lang="zh-CN", and every value is the figure in English
 * conventions (en-number.ts), never retyped.
 */
const REPORT = "yangquan-2024";
const en = chartLang("en");
const ctx: ResolveContext = { reportId: REPORT, reviewYear: 2023, planYear: 2024, lang: "en" };
const draw: DrawOptions = { id: "t", width: 340, actualYear: 2023, targetYear: 2024, lang: en, subject: "Subject" };
const figures = new Map(loadReport(REPORT).figures.map((f) => [f.id, f]));
const stated = new Set(loadIndicatorValues().filter((v) => v.report_id === REPORT).map((v) => `${v.indicator} ${v.year}`));
const main = loadIndicators()
  .filter((i) => i.group === "main" && stated.has(`${i.slug} 2023`) && stated.has(`${i.slug} 2024`))
  .map((i) => ({ indicator: i.slug }));

function render(type: keyof typeof SPEC_KINDS, query: unknown, step?: number): ChartResult {
  const kind = SPEC_KINDS[type] as (typeof SPEC_KINDS)["level-bars"];
  const rows = kind.resolve(kind.rows.parse(query) as never, ctx);
  return kind.draw(rows as never, { ...draw, ...(step === undefined ? {} : { step }) });
}

function chinese(result: ChartResult): string[] {
  const { document } = parseHTML(`<!doctype html><html lang="en"><head><title>t</title></head><body>${result.svg}</body></html>`);
  const cells = result.table.rows.flatMap((r) => Object.values(r)).map(String);
  return [
    ...untranslatedChinese(document as unknown as Document),
    ...[result.alt, ...result.table.columns.map((c) => c.label), ...cells].filter((t) => /\p{Script=Han}/u.test(t)),
  ];
}

const figureRows = (ids: string[]) => ids.map((id, i) => ({ key: `k${i}`, label: `Row ${i + 1}`, figure: id }));

describe("charts in English", () => {
  const cases: [keyof typeof SPEC_KINDS, unknown][] = [
    ["targets-board", main],
    ["dumbbell", main.filter((m) => !m.indicator.includes("unemployment") && m.indicator !== "urban-jobs")],
    ["growth-bars", [{ indicator: "gdp" }, { indicator: "industry-va" }, { indicator: "retail-sales" }]],
    ["level-change", [{ indicator: "grain-output" }]],
    ["slope", [{ indicator: "pm25" }]],
    ["level-bars", [{ key: "coal", label: "Coal output", figure: "review-1-f1" }, { key: "local", label: "Local mines", figure: "review-1-f2", part_of: "coal" }]],
    ["count-dots", figureRows(["review-1-f3", "plan-2-p2-f3"])],
    ["range", figureRows(["plan-3-p4-f1", "plan-4-p3-f1"])],
  ];

  it.each(cases)("%s: no Chinese outside lang=\"zh-CN\" in the SVG, alt text or table", (type, query) => {
    expect(chinese(render(type, query))).toEqual([]);
  });

  it("writes each target as its figure in English conventions, qualifier kept", () => {
    const result = render("targets-board", main);
    const byLabel = new Map(loadIndicators().map((i) => [i.label_en, i]));
    for (const row of result.table.rows) {
      expect(byLabel.has(String(row.indicator))).toBe(true);
      const sources = result.table.sources![result.table.rows.indexOf(row)]!.figures.map((f) => figures.get(f.figureId)!);
      const target = sources.find((f) => f.status === "target" || f.period === "2024");
      if (target && row.target !== null) expect(row.target_text).toBe(figureToEnglish(writtenFields(target), { noun: nounsOf("en").nouns.get(target.id) }));
    }
    expect(result.table.columns.map((c) => c.label)).toEqual(["Indicator", "Unit", "2024 target", "2024 target (as stated)", "2023 actual", "2023 (as stated)"]);
  });

  it("level bars: the axis names the rows' own noun, and a share names its whole mid-sentence", () => {
    const rows = [{ key: "signed", label: "Projects signed", figure: "review-4-f4" }, { key: "started", label: "Started the same year", figure: "review-4-f6", part_of: "signed" }];
    const { svg } = render("level-bars", rows, 1);
    expect(svg).toContain("projects →");
    expect(svg).not.toContain("units");
    expect(svg).toMatch(/[\d.]+% of projects signed/);
    expect(chartLang("en").inSentence("GDP growth")).toBe("GDP growth");
    expect(chartLang("zh-CN").inSentence("签约项目")).toBe("签约项目");
  });

  it("keeps a count's noun and floor: one dot per mine, 'or more' drawn open", () => {
    const result = render("count-dots", figureRows(["review-1-f3"]));
    expect(result.alt).toContain("one dot per mine");
    expect(result.alt).toContain(`Row 1: ${figures.get("review-1-f3")!.value} mines`);
    const floor = render("range", figureRows(["plan-3-p4-f1"]));
    expect(floor.table.rows[0]).toMatchObject({ qualifier: "or more", unit: "firms" });
  });

  it("labels a computed share in English with its inputs", () => {
    const result = render("level-bars", [{ key: "coal", label: "Coal output", figure: "review-1-f1" }, { key: "local", label: "Local mines", figure: "review-1-f2", part_of: "coal" }]);
    expect(result.table.columns.at(-1)!.label).toBe("Share (%, computed)");
    expect(result.alt).toMatch(/Local mines: .* tonnes, [\d.]+% of coal output \(computed\)/);
  });

  it("marks names quoted in the original as Chinese", () => {
    const { document } = parseHTML(`<!doctype html><html lang="en"><body>${render("numeral-measures", [{ paragraph: "plan-9-p2", theme: "Safety at work", names: ["“四不两直”执法检查"] }]).svg}</body></html>`);
    const marked = [...document.querySelectorAll("text[lang='zh-CN']")].map((t) => t.textContent);
    expect(marked.join("")).toContain("四不两直");
  });

  it("breaks English labels between words", () => {
    expect(en.wrap("Industry above designated size", 10)).toEqual(["Industry above", "designated size"]);
  });

  it("names an axis by the rows' common noun, or a neutral word when their nouns differ", () => {
    // plan-5-p5-f2 counts firms (3家高科技领军企业), plan-5-p5-f3 innovation consortia (3-5家创新联合体)
    expect(en.axisUnitName("家", ["plan-5-p5-f2"])).toBe("firms");
    expect(en.axisUnitName("家", ["plan-5-p5-f2", "plan-5-p5-f3"])).toBe("number");
    expect(en.axisUnitName("家", [])).toBe("firms");
    expect(chartLang("zh-CN").axisUnitName("家", ["plan-5-p5-f2", "plan-5-p5-f3"])).toBe("家");
  });
});
