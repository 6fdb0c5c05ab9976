import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatDataError } from "../data/errors";
import { siteEdition } from "../edition";
import { readStories } from "./load";
import { LAYOUT_WIDTHS } from "./widths";

const edition = siteEdition();
const BUSINESS = readFileSync(`src/content/stories/${edition.id}/business.yaml`, "utf8");

function contentWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "stories-"));
  mkdirSync(path.join(dir, "stories", edition.id), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, "stories", edition.id, name), text);
  return dir;
}

/** The 1-based line of the first line containing `needle`. */
const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

describe("readStories(dir, edition) derives a story file", () => {
  const { stories, errors } = readStories("src/content", edition);
  const business = stories.find((s) => s.slug === "business")!;

  it("with edition chart ids, published ids as aliases, and the area from areas.csv", () => {
    expect(errors).toEqual([]);
    expect(business.charts.map((c) => c.id)).toEqual(["business-firm-targets", "business-results-targets", "business-policy-packages"].map((id) => `${edition.id}-${id}`));
    expect(business.charts[0]!.aliases).toEqual(["business-firm-targets"]);
    expect([business.areaNo, business.sectionId]).toEqual([4, "plan-4"]);
  });

  it("with the edition's years in titles, labels and row labels, never in copy", () => {
    expect(business.charts[2]!.title).toBe(`政策按条数：${edition.reviewYear}年出台的和${edition.planYear}年要落实的`);
    expect(business.steps[0]!.state.label).toBe(`${edition.planYear}年目标：规上工业企业净增（户）`);
    expect(JSON.stringify(business.charts[2]!.render().table.rows)).toContain(`"${edition.planYear}·支持民营经济"`);
    expect(business.dek).not.toMatch(/\{(review|plan)_year\}|\d{4}/);
  });

  it("at the layout width, with every step a different state of its chart", () => {
    for (const step of business.steps) expect(step.state.svg).toContain(`viewBox="0 0 ${LAYOUT_WIDTHS[0]} `);
    expect(new Set(business.steps.map((s) => s.state.svg)).size).toBe(business.steps.length);
  });

  it("with sources derived from the figures each chart draws", () => {
    expect(business.charts.find((c) => c.id.endsWith("firm-targets"))!.sourceIds).toEqual(["plan-4-p3"]);
  });
});

/**
 * Rules and pick claims on a story of the edition's data: the main targets board and the attention
 * chart (characters and figures per work area). The site's overview no longer counts text, so the
 * machinery is checked on this fixture, read from a content folder of its own.
 */
const RULES = `slug: overview
kind: overview
title: 主要目标与九项工作
dek: 主要目标和九项工作的篇幅。
charts:
  - id: overview-targets
    type: targets-board
    title: 主要目标
    takeaway: 主要目标和去年的实际。
    unit: 各卡片单位不同
    rows: { group: main }
  - id: overview-attention
    type: attention
    title: 九项工作：篇幅与数字
    takeaway: 各项工作的篇幅与数字。
    unit: 字；个
    rows: { areas: all }
steps:
  - text: 有去年实际数的目标。
    sources: [plan-p3]
    chart: overview-targets
    step: 1
    highlight: [{ stated: actual }]
    label: 有去年实际数
  - text: 没有去年实际数的目标。
    sources: [plan-p3]
    chart: overview-targets
    step: 1
    highlight: [{ not_stated: actual }]
    label: 没有去年实际数
  - text: 报告把今年的工作分成九项，“污染防治生态修复”和“安全发展底线”最短。
    sources: [plan-1]
    chart: overview-attention
    step: 0
    label: 篇幅
  - text: 数字最多和最少的几项。
    sources: [plan-1]
    chart: overview-attention
    step: 1
    highlight: [{ most: figures, count: 2 }, { fewest: figures, count: 3 }, { where: { figures: 0 } }]
    label: 数字
claims:
  - { says: 有去年实际数的目标, chart: overview-targets, pick: { stated: actual }, count: 4 }
  - { says: 报告把今年的工作分成九项, chart: overview-attention, pick: { where: {} }, count: 9 }
  - { says: “污染防治生态修复”和“安全发展底线”最短, chart: overview-attention, pick: { fewest: chars, count: 2 }, rows: [ecology, safety] }
`;

describe("rows chosen by a rule, pick claims, headings cited (a fixture story of the edition's data)", () => {
  const { stories, errors } = readStories(contentWith({ "overview.yaml": RULES }), edition);
  const story = stories.find((s) => s.slug === "overview")!;
  const cards = (svg: string) => [...svg.matchAll(/class="card( is-dimmed)?"/g)].map((m) => !m[1]);
  const chartOf = (id: string) => story.charts.find((c) => c.id === edition.chartId(id))!;

  it("highlights the targets with a review-year actual, and then those without, as the table says", () => {
    expect(errors).toEqual([]);
    const table = chartOf("overview-targets").render().table.rows;
    const [withActual, without] = story.steps.slice(0, 2);
    expect(cards(withActual!.state.svg)).toEqual(table.map((r) => r.actual !== null));
    expect(cards(without!.state.svg)).toEqual(table.map((r) => r.actual === null));
  });

  it("highlights the areas with the most and the fewest figures, the one with none among them", () => {
    const svg = story.steps.at(-1)!.state.svg;
    const column = svg.slice(svg.indexOf('data-column="figures"'));
    const bars = [...column.matchAll(/class="c-area-[a-z-]+( is-dimmed)?"><title>[^<]* · 数字：(\d+)个<\/title>/g)].map((m) => ({ lit: !m[1], n: Number(m[2]) }));
    expect(bars).toHaveLength(edition.areas.length);
    const sorted = bars.map((b) => b.n).sort((a, b) => a - b);
    const lit = bars.filter((b) => b.lit).map((b) => b.n).sort((a, b) => a - b);
    expect(lit).toEqual([...sorted.slice(0, 3), ...sorted.slice(-2)]);
    expect(lit[0]).toBe(0);
  });

  it("cites the area headings for the attention chart, not each counted sentence", () => {
    expect(chartOf("overview-attention").sourceIds).toEqual(edition.areas.map((a) => a.sectionId));
  });

  it("fails pick claims the rows no longer bear out, and a rule on a field the rows lack", () => {
    const broken = RULES.replace("pick: { stated: actual }, count: 4 }", "pick: { stated: actual }, count: 5 }")
      .replace("{ most: figures, count: 2 }", "{ most: pages, count: 2 }")
      .replace("rows: [ecology, safety] }", "rows: [digital, safety] }");
    const errors = readStories(contentWith({ "overview.yaml": broken }), edition).errors;
    expect(errors.map((e) => [e.line, e.message.split(" ")[0], e.expected])).toEqual([
      [lineOf(broken, "{ most: pages"), "steps.3.highlight.0", expect.stringContaining('field "pages" is not a number')],
      [lineOf(broken, "count: 5 }"), "claims.0.count", expect.stringMatching(/^the number of rows of overview-targets the rule picks \(4: gdp, /)],
      [lineOf(broken, "rows: [digital, safety]"), "claims.2.rows", expect.stringMatching(/^the rows of overview-attention the rule picks \([a-z-]+, [a-z-]+\)$/)],
    ]);
  });
});

describe("readStories reports every problem of every file with file:line:column", () => {
  it("a step naming no chart of the story, a highlight that is no row key, and an unknown chart type", () => {
    const broken = BUSINESS.replace("chart: business-firm-targets", "chart: business-firms")
      .replace("highlight: [private-economy]", "highlight: [private-economy, public-economy]")
      .replace("type: count-dots", "type: count-ducks");
    const { errors } = readStories(contentWith({ "business.yaml": broken }), edition);
    const file = `stories/${edition.id}/business.yaml`;
    expect(errors.map((e) => formatDataError(e).slice(formatDataError(e).indexOf(file)))).toEqual([
      expect.stringMatching(new RegExp(`^${file}:${lineOf(broken, "type: count-ducks")}:11 charts\\.0\\.type "count-ducks" — expected one of: .*count-dots`)),
    ]);
    const fixedType = broken.replace("type: count-ducks", "type: count-dots");
    const second = readStories(contentWith({ "business.yaml": fixedType }), edition).errors.map((e) => `${e.line}:${e.column} ${e.message}`);
    expect(second).toEqual([
      expect.stringMatching(new RegExp(`^${lineOf(fixedType, "chart: business-firms")}:12 steps\\.0\\.chart "business-firms" — expected the id of one of this story's charts`)),
      expect.stringMatching(new RegExp(`^${lineOf(fixedType, "public-economy")}:\\d+ steps\\.4\\.highlight\\.1 "public-economy" — expected a row key of chart business-policy-packages`)),
    ]);
  });

  it("a claim the data no longer bears out, and a claim whose words are not in the copy", () => {
    const story = readFileSync(`src/content/stories/${edition.id}/town-country.yaml`, "utf8");
    const broken = story.replace("{ says: 通车、土建主体已基本完工、完成,", "{ says: 通车、完成,").replace("{ says: 开工、完成主体工程、推进建设,", "{ says: 开工、推进建设、完成主体工程,");
    const errors = readStories(contentWith({ "town-country.yaml": broken }), edition).errors;
    expect(errors.map((e) => [e.line, e.message.split(" ")[0], e.expected])).toEqual([
      [lineOf(broken, "says: 通车、完成"), "claims.5.says", '"通车、土建主体已基本完工、完成", what the rows of town-country-projects say (status where column = 2023年)'.replace("2023", String(edition.reviewYear))],
      [lineOf(broken, "says: 通车、完成"), "claims.5.says", "words that stand in the story's copy (title, dek, a step or a takeaway)"],
      [lineOf(broken, "says: 开工、推进建设"), "claims.6.says", expect.stringContaining('"开工、完成主体工程、推进建设"')],
      [lineOf(broken, "says: 开工、推进建设"), "claims.6.says", "words that stand in the story's copy (title, dek, a step or a takeaway)"],
    ]);
  });

  it("a ratio claim (接近两倍) the data no longer bears out, and a paragraph's figure count", () => {
    const story = readFileSync(`src/content/stories/${edition.id}/demand.yaml`, "utf8");
    const broken = story.replace("at_least: 1.75, below: 2 }", "at_least: 1.2, below: 1.5 }").replace("section: plan-1-p3, count: 1 }", "section: plan-1-p3, count: 2 }");
    const errors = readStories(contentWith({ "demand.yaml": broken }), edition).errors;
    expect(errors.map((e) => [e.line, e.message.split(" ")[0], e.expected])).toEqual([
      [lineOf(broken, "says: 的两倍"), "claims.0.says", expect.stringMatching(/^words the data bears out: manufacturing-va target \/ actual = 1\.\d\d, not at least 1\.2 and under 1\.5$/)],
      [lineOf(broken, "count: 2"), "claims.6.count", expect.stringMatching(/^the number of figures section plan-1-p3 states in data\/.*\/figures\.csv \(1\)$/)],
    ]);
  });

  it("a covers claim whose chart leaves out a figure of its paragraphs", () => {
    const story = readFileSync(`src/content/stories/${edition.id}/livelihoods.yaml`, "utf8");
    const broken = story.replace("      - { indicator: skilled-workers-share, label: 技能人才占从业人员比例 }\n", "");
    const errors = readStories(contentWith({ "livelihoods.yaml": broken }), edition).errors;
    expect(errors.map((e) => [e.line, e.message.split(" ")[0], e.expected])).toEqual([
      [lineOf(broken, "highlight: [skilled-workers-share]"), "steps.3.highlight.0", expect.stringContaining("a row key of chart livelihoods-plan-figures")],
      [lineOf(broken, "covers: plan-8"), "claims.0.covers", expect.stringMatching(/^paragraphs whose every figure livelihoods-plan-figures draws, but it misses plan-8-p1-f1 "[^"]+"$/)],
    ]);
  });

  it("a leads claim whose runner-up the counts do not bear out", () => {
    // Word counts are method now (the report page), so no story counts words: a small story does.
    const story = [
      "slug: safety",
      "kind: area",
      "title: 用词",
      "dek: “安全”出现得最多，其次是“信访”。",
      "charts:",
      "  - id: safety-words",
      "    type: word-frequency",
      "    title: 用词",
      "    takeaway: 用词。",
      "    unit: 出现次数",
      "    rows: { terms: [{ term: 安全, group: 安全 }, { term: 风险, group: 风险 }, { term: 信访, group: 信访 }] }",
      "steps:",
      "  - { text: 用词。, sources: [plan-9-p1], chart: safety-words, label: 用词 }",
      "claims:",
      "  - { says: “安全”出现得最多，其次是“信访”, chart: safety-words, leads: 安全, then: 信访, group_by: term, sum: count }",
      "",
    ].join("\n");
    const errors = readStories(contentWith({ "safety.yaml": story }), edition).errors;
    expect(errors.map((e) => [e.line, e.message.split(" ")[0], e.expected])).toEqual([
      [lineOf(story, "then: 信访"), "claims.0.then", expect.stringMatching(/^the group with the second largest count in safety-words, but 安全 \d+, /)],
    ]);
  });

  it("a ratio claim across two rows (仍高于国家标准) the data no longer bears out, and one naming no row", () => {
    const story = readFileSync(`src/content/stories/${edition.id}/ecology.yaml`, "utf8");
    const higher = story.replace("to_row: pm25-annual-limit-grade2, at_least: 1.000001,", "to_row: pm25-annual-limit-grade2, at_least: 1.2,");
    expect(readStories(contentWith({ "ecology.yaml": higher }), edition).errors.map((e) => [e.line, e.message.split(" ")[0], e.expected])).toEqual([
      [lineOf(higher, "says: 仍高于国家标准"), "claims.0.says", expect.stringMatching(/^words the data bears out: pm25 value \/ pm25-annual-limit-grade2 value = 1\.\d\d, not at least 1\.2 and under 100$/)],
    ]);
    const nowhere = story.replace("to_row: pm25-annual-limit-grade2,", "to_row: pm10-limit,");
    expect(readStories(contentWith({ "ecology.yaml": nowhere }), edition).errors.map((e) => [e.message.split(" ")[0], e.expected])).toEqual([
      ["claims.0.to_row", "a row key of chart ecology-pm25 (pm25, pm25-annual-limit-grade2)"],
    ]);
  });

  it("a title value the data does not have", () => {
    const story = readFileSync(`src/content/stories/${edition.id}/demand.yaml`, "utf8");
    const broken = story.replace("{ind:manufacturing-va:{plan_year}}", "{ind:manufacturing-vat:{plan_year}}");
    const [error] = readStories(contentWith({ "demand.yaml": broken }), edition).errors;
    expect(error).toMatchObject({ line: lineOf(broken, "title: \"制造业"), expected: expect.stringContaining('no indicator "manufacturing-vat"') });
  });

  it("a figure id the data does not have, at the chart's rows", () => {
    const broken = BUSINESS.replace("figure: plan-4-p3-f2 }", "figure: plan-4-p3-f9 }");
    const [error] = readStories(contentWith({ "business.yaml": broken }), edition).errors;
    expect(error).toMatchObject({ line: lineOf(broken, "- { key: industrial"), column: 7, expected: expect.stringContaining('no figure "plan-4-p3-f9"') });
  });
});

describe("compare claims in a story file", () => {
  it("a comparative word the data no longer bears out fails at the claim's line, naming both values", () => {
    const story = readFileSync(`src/content/stories/${edition.id}/review.yaml`, "utf8");
    const broken = story.replace('{ says: 低于全国, compare: "ind:gdp:{review_year}", with: "ind:gdp:national-2024:{review_year}", is: lower }', '{ says: 低于全国, compare: "ind:gdp:{review_year}", with: "ind:gdp:national-2024:{review_year}", is: higher }');
    const errors = readStories(contentWith({ "review.yaml": broken }), edition).errors;
    expect(errors.map((e) => [e.line, e.message.split(" ")[0], e.expected])).toEqual([
      [lineOf(broken, "says: 低于全国, compare"), "claims.0.says", expect.stringMatching(/^words the data bears out: ind:gdp:\d{4} = 3\.2%, ind:gdp:national-2024:\d{4} = 5\.2%, so the first is not higher$/)],
    ]);
  });
});
