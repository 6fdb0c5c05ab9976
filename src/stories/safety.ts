/**
 * 2024 work area 9, 安全底线: the one area without a single Arabic-digit figure (checked below against
 * figures.csv, so the claim fails the build if it stops being true). The story uses what the report does
 * give: last year's safety record (review-7), the measures the plan names — with their Chinese numerals as
 * written, never converted — and the vocabulary of risk counted with src/analysis/terms.ts.
 */
import { countUnitsChart, type CountUnitsRow } from "../charts/count-units";
import { numeralMeasuresChart } from "../charts/numeral-measures";
import { targetsBoardChart } from "../charts/targets-board";
import type { ChartResult } from "../charts/types";
import { wordFrequencyChart, type WordFrequencyRow } from "../charts/word-frequency";
import { countTerms } from "../analysis/terms";
import { loadReport } from "../data/load";
import { sourcesOf } from "./figure-values";
import { actualVsTarget, statedValue } from "./indicator-rows";
import { namedMeasures } from "./named-measures";
import type { ChartDef, Story, StoryStep } from "./types";
import { siteEdition } from "../edition";
import { STORY_WIDTH as WIDTH } from "../specs/widths";

const REPORT = siteEdition().reportId;
const report = loadReport(REPORT);
const { review_year: REVIEW, plan_year: PLAN } = report.meta;
const AREA = "safety";
const SECTION = "plan-9";

const inArea = (sectionId: string) => sectionId === SECTION || sectionId.startsWith(`${SECTION}-`);
const stray = report.figures.filter((f) => inArea(f.section_id));
if (stray.length > 0) {
  throw new Error(`src/stories/safety.ts says plan area ${SECTION} has no Arabic-digit figure, but data/${REPORT}/figures.csv has ${stray.map((f) => `${f.id} "${f.quote}"`).join(", ")} — rewrite the story's opening`);
}
const areaParagraphs = report.sections.filter((s) => s.kind === "paragraph" && inArea(s.id));

type Meta = Pick<ChartDef, "id" | "title" | "takeaway" | "unit" | "renderer">;
/** A ChartDef whose sources are the figures it draws plus the paragraphs whose words it shows. */
function chartDef(meta: Meta, values: Parameters<typeof sourcesOf>[0], wordedIn: string[], render: () => ChartResult): ChartDef {
  const { figureIds, sourceIds } = sourcesOf(values, REPORT);
  return { ...meta, reportId: REPORT, story: AREA, figureIds, sourceIds: [...new Set([...sourceIds, ...wordedIn])], render };
}

// Last year's record against this year's (absent) targets: cards, since the units differ.
const recordRows = actualVsTarget(["months-without-major-accident", "dispute-resolution-rate"], REPORT, {
  "months-without-major-accident": "连续杜绝重特大事故",
  "dispute-resolution-rate": "矛盾纠纷排查化解率",
});
const boardOptions = (id: string, step?: number, highlight?: string[]) => ({ area: AREA, width: WIDTH, actualYear: REVIEW, targetYear: PLAN, id, step, highlight }) as const;
const record = chartDef(
  {
    id: "safety-record",
    renderer: "d3",
    title: `安全纪录：${REVIEW}年有数字，${PLAN}年没有数字目标`,
    takeaway: "去年连续{val:review-7-f9}杜绝重特大事故，矛盾纠纷排查化解率{val:review-7-f10}；今年的任务里没有对应的数字目标。",
    unit: "个月；%（各卡片单位不同）",
  },
  recordRows.flatMap((r) => [r.actual, r.target]),
  [SECTION],
  () => targetsBoardChart(recordRows, boardOptions("safety-record")),
);

// The streak, one square per month.
const monthRows: CountUnitsRow[] = [
  { key: "months-without-major-accident", label: "连续杜绝重特大事故", group: `截至${REVIEW}年`, unit: "个月", value: statedValue("months-without-major-accident", REPORT, REVIEW) },
];
const monthsOptions = (id: string) => ({ subject: "连续杜绝重特大事故，每格一个月", area: AREA, width: WIDTH, id }) as const;
const months = chartDef(
  {
    id: "safety-months",
    renderer: "d3",
    title: "每格一个月：连续杜绝重特大事故",
    takeaway: "去年报告写明：连续{val:review-7-f9}杜绝重特大事故。",
    unit: "个月",
  },
  monthRows.map((r) => r.value),
  [],
  () => countUnitsChart(monthRows, monthsOptions("safety-months")),
);

// What the plan names instead of numbers, paragraph by paragraph, names as written.
const measureRows = namedMeasures(
  [
    { sectionId: "plan-9-p1", theme: "总体要求", names: ["“时时放心不下”"] },
    { sectionId: "plan-9-p2", names: ["“严紧深细实”要求", "“五不为过、五个必须”", "国务院安委会八条硬措施", "“一矿一策”", "“四不两直”执法检查", "安全生产治本攻坚三年行动"] },
    { sectionId: "plan-9-p3", names: ["不发生系统性风险底线", "年度化债任务", "保交楼任务"] },
    { sectionId: "plan-9-p4", names: ["新时代“枫桥经验”", "信访问题源头治理三年攻坚行动", "扫黑恶、治电诈、打盗窃、禁毒品、护民生等专项行动"] },
  ],
  REPORT,
);
/** A step shows only some paragraphs' measures, so the grid stays legible within a phone's sticky graphic. */
const measuresOf = (...sectionIds: string[]) => measureRows.filter((r) => sectionIds.includes(r.sectionId!));
const measuresOptions = (id: string, step?: number, highlight?: string[]) => ({ subject: "第九项任务点名的措施与行动", area: AREA, width: WIDTH, id, step, highlight }) as const;
const measures = chartDef(
  {
    id: "safety-measures",
    renderer: "d3",
    title: "不写数字，写名字：安全底线的措施清单",
    takeaway: "安全生产、防范风险、维护稳定各段点名的措施和行动里，数字都写成汉字，嵌在名称中。",
    unit: "无单位（名称照原文）",
  },
  [],
  [...new Set(measureRows.map((r) => r.sectionId!))],
  () => numeralMeasuresChart(measureRows, measuresOptions("safety-measures")),
);

// The vocabulary of risk in the area's paragraphs (substring counts; "安全" also counts inside "安全生产").
// Ten terms: more bars would shrink below legible text in a phone's sticky graphic.
const VOCABULARY = [
  ...["安全", "安全生产"].map((term) => ({ term, group: "安全生产" })),
  ...["风险", "防范", "化解"].map((term) => ({ term, group: "风险" })),
  ...["金融", "债务", "房地产"].map((term) => ({ term, group: "点名的风险" })),
  ...["稳定", "信访"].map((term) => ({ term, group: "稳定" })),
];
const counts = countTerms(areaParagraphs.map((s) => s.text), VOCABULARY).filter((c) => c.count > 0);
const wordRows: WordFrequencyRow[] = counts.map((c) => ({ term: c.term, count: c.count, group: c.group }));
const RISK_TRIO = VOCABULARY.filter((v) => v.group === "点名的风险").map((v) => v.term);
const wordsOptions = (id: string, step?: number, highlight?: string[]) => ({ subject: "第九项任务中的风险词汇", area: AREA, width: WIDTH, id, step, highlight }) as const;
const words = chartDef(
  {
    id: "safety-words",
    renderer: "plot",
    title: "这一部分说得最多的词",
    takeaway: `“${wordRows[0]!.term}”出现得最多，其次是“${wordRows[1]!.term}”；金融、债务、房地产的风险被逐一点名。`,
    unit: "出现次数（按字串计，“安全”包含“安全生产”中的）",
  },
  [],
  areaParagraphs.map((s) => s.id),
  () => wordFrequencyChart(wordRows, wordsOptions("safety-words")),
);

const steps: StoryStep[] = [
  {
    text: `第九项任务“筑牢安全发展底线”，通篇没有一个阿拉伯数字。去年报告给出的纪录——连续杜绝重特大事故、矛盾纠纷排查化解率——今年都没有数字目标。`,
    sourceIds: [SECTION, "review-7"],
    chartId: record.id,
    state: { ...targetsBoardChart(recordRows, boardOptions("safety-record-s0", 0)), label: `${PLAN}年：没有数字目标` },
  },
  {
    text: "去年的回顾里，它们都有数字：连续{val:review-7-f9}杜绝重特大事故，矛盾纠纷排查化解率“保持{val:review-7-f10}”。",
    sourceIds: ["review-7"],
    chartId: record.id,
    state: { ...targetsBoardChart(recordRows, boardOptions("safety-record-s1", 1)), label: `${REVIEW}年的纪录` },
  },
  {
    text: "一格一个月，连起来就是这段纪录。去年推进的“重大事故隐患专项排查整治行动”，今年写成“强化重大事故隐患专项排查整治，常态化动态清零”。",
    sourceIds: ["review-7", "plan-9-p2"],
    chartId: months.id,
    state: { ...countUnitsChart(monthRows, monthsOptions("safety-months-s0")), label: "每格一个月" },
  },
  {
    text: "安全生产一段点了许多名字，数字都写成汉字、嵌在名称里：坚持“五不为过、五个必须”，落实国务院安委会八条硬措施，“一矿一策”，“四不两直”执法检查，安全生产治本攻坚三年行动。",
    sourceIds: ["plan-9-p1", "plan-9-p2"],
    chartId: measures.id,
    state: { ...numeralMeasuresChart(measuresOf("plan-9-p1", "plan-9-p2"), measuresOptions("safety-measures-s-production")), label: "总体要求与安全生产：点名的措施" },
  },
  {
    text: `数一数这一部分的用词：“${wordRows[0]!.term}”出现得最多，其次是“${wordRows[1]!.term}”。这里按字串计数，“安全”的次数也包括“安全生产”里的。`,
    sourceIds: areaParagraphs.map((s) => s.id),
    chartId: words.id,
    state: { ...wordFrequencyChart(wordRows, wordsOptions("safety-words-s0", 0)), label: "出现次数" },
  },
  {
    text: "防范风险一段逐一点名金融、债务、房地产的风险。任务写成“完成”：完成年度化债任务，完成保交楼任务——去年的回顾也写了“完成保交楼年度任务”。报告没有给出债务或楼盘的数字。",
    sourceIds: ["plan-9-p3", "review-7"],
    chartId: words.id,
    state: { ...wordFrequencyChart(wordRows, wordsOptions("safety-words-s1-risk", 1, RISK_TRIO)), label: "金融、债务、房地产" },
  },
  {
    text: "防范风险、维护稳定的段落也只点名、不写数：守住不发生系统性风险底线；坚持和发展新时代“枫桥经验”，深化信访问题源头治理三年攻坚行动，并列出扫黑恶、治电诈、打盗窃、禁毒品、护民生等专项行动。去年的矛盾纠纷排查化解率{val:review-7-f10}，今年没有写目标。",
    sourceIds: ["plan-9-p3", "plan-9-p4", "review-7"],
    chartId: measures.id,
    state: { ...numeralMeasuresChart(measuresOf("plan-9-p3", "plan-9-p4"), measuresOptions("safety-measures-s-stability")), label: "防范风险与维护稳定：点名的任务和行动" },
  },
];

export const safety: Story = {
  slug: AREA,
  reportId: REPORT,
  kind: "area",
  areaNo: 9,
  sectionId: SECTION,
  title: "不写数字的底线：安全写成了名字",
  dek: "报告第九项任务“安全发展底线”通篇没有阿拉伯数字。去年的纪录是连续{val:review-7-f9}杜绝重特大事故；今年，报告用一串点了名的措施和行动来承诺，“八条”“三年”“四不两直”都写在名字里。",
  steps,
  charts: [record, months, measures, words],
};
