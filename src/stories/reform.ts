/**
 * 2024 work area 5, 改革开放创新. Three growth rates (one axis, all in %), the investment-attraction
 * tally (个, with the started share computed and labelled), and the innovation counts in 家 where a
 * range (3-5家) is drawn as a range, never as its midpoint.
 */
import { growthBarsChart, type GrowthRow } from "../charts/growth-bars";
import { levelBarsChart, type LevelRow } from "../charts/level-bars";
import { rangeChart, type RangeRow } from "../charts/range";
import type { ChartState } from "../charts/types";
import { wordFrequencyChart, type WordFrequencyRow } from "../charts/word-frequency";
import { countTerms } from "../analysis/terms";
import { loadReport } from "../data/load";
import { chartDefOf } from "./chart-def";
import { figureIdsOfRows, levelRowOf, paragraphIdsOf, rangeRowOf, sectionTexts } from "./figure-rows";
import { actualVsTarget, rowFigureIds } from "./indicator-rows";
import type { Story, StoryStep } from "./types";
import { siteEdition } from "../edition";
import { STORY_WIDTH as WIDTH } from "../specs/widths";

const REPORT = siteEdition().reportId;
const { review_year: REVIEW, plan_year: PLAN } = loadReport(REPORT).meta;
const AREA = "reform";

const GROWTH_LABELS = {
  "foreign-trade": "外贸进出口",
  "rd-spending-industry": "企业研发经费",
  "dev-zone-industry-va": "开发区工业增加值",
};
const growthPairs = actualVsTarget(Object.keys(GROWTH_LABELS), REPORT, GROWTH_LABELS);
const growthRows: GrowthRow[] = growthPairs.map((r) => ({ ...r, key: r.indicator }));
const growthOptions = { area: AREA, width: WIDTH, actualYear: REVIEW, targetYear: PLAN } as const;

const growth = chartDefOf({
  id: "reform-growth",
  reportId: REPORT,
  story: AREA,
  renderer: "plot",
  title: `三个增速：${REVIEW}年实绩与${PLAN}年目标`,
  takeaway: "外贸去年{fig:review-4-f9}，今年目标{fig:plan-p3-f5}；研发经费和开发区的去年增速报告未给出，今年分别要{fig:plan-5-p5-f4}、{fig:plan-5-p2-f1}。",
  unit: "增速，%",
  figureIds: rowFigureIds(growthPairs),
  render: () => growthBarsChart(growthRows, { ...growthOptions, id: "reform-growth" }),
});

const investmentRows: LevelRow[] = [
  levelRowOf(REPORT, "signed", "签约项目", "review-4-f4"),
  levelRowOf(REPORT, "started", "当年开工项目", "review-4-f6", "signed"),
];
const investmentSubject = `${REVIEW}年招商引资项目`;
const investment = chartDefOf({
  id: "reform-investment",
  reportId: REPORT,
  story: AREA,
  renderer: "plot",
  title: `${REVIEW}年招商引资：签约的项目有多少当年开工`,
  takeaway: "签约项目{val:review-4-f4}、总投资{val:review-4-f5}，当年开工{val:review-4-f6}；开工占签约的比例是计算值，报告没有直接给出。",
  unit: "个（项目数）；占比为计算值",
  figureIds: figureIdsOfRows(investmentRows),
  render: () => levelBarsChart(investmentRows, { area: AREA, width: WIDTH, id: "reform-investment", subject: investmentSubject }),
});

/** Counts in 家 split by scale: the high-tech tallies are tens, the consortia and leaders a handful. */
const highTechRows: RangeRow[] = [
  rangeRowOf(REPORT, "high-tech-review", `${REVIEW}年新认定`, "review-5-f1"),
  rangeRowOf(REPORT, "high-tech-plan", `${PLAN}年新认定目标`, "plan-5-p5-f1"),
];
const highTech = chartDefOf({
  id: "reform-high-tech",
  reportId: REPORT,
  story: AREA,
  renderer: "d3",
  title: "新认定高新技术企业：今年的目标比去年的实绩少",
  takeaway: "去年新认定高新技术企业{val:review-5-f1}（总数{fig:review-5-f2}），今年目标新认定{val:plan-5-p5-f1}。",
  unit: "家",
  figureIds: figureIdsOfRows(highTechRows),
  render: () => rangeChart(highTechRows, { area: AREA, width: WIDTH, id: "reform-high-tech" }),
});

const consortiaRows: RangeRow[] = [
  rangeRowOf(REPORT, "leaders", "高科技领军企业", "plan-5-p5-f2"),
  rangeRowOf(REPORT, "consortia", "创新联合体", "plan-5-p5-f3"),
];
const consortia = chartDefOf({
  id: "reform-consortia",
  reportId: REPORT,
  story: AREA,
  renderer: "d3",
  title: `${PLAN}年的两个小目标：领军企业和创新联合体`,
  takeaway: "高科技领军企业{val:plan-5-p5-f2}；企业主导的创新联合体给的是一个区间：{val:plan-5-p5-f3}，画成一段而不是取中间值。",
  unit: "家",
  figureIds: figureIdsOfRows(consortiaRows),
  render: () => rangeChart(consortiaRows, { area: AREA, width: WIDTH, id: "reform-consortia" }),
});

/** The heading's three words (改革、开放、创新) and the section's other themes, counted in its paragraphs. */
const THEMES = [
  ...["改革", "开放", "创新"].map((term) => ({ term, group: "标题" })),
  ...["合作", "金融", "人才", "外贸", "招商"].map((term) => ({ term, group: "主题" })),
];
const themeParagraphs = paragraphIdsOf(REPORT, "plan-5");
const themeRows: WordFrequencyRow[] = countTerms(sectionTexts(REPORT, themeParagraphs), THEMES)
  .filter((c) => c.count > 0)
  .map(({ term, group, count }) => ({ term, group, count }));
const themeSubject = `${PLAN}年“改革开放创新”一节的用词`;
const themes = chartDefOf({
  id: "reform-words",
  reportId: REPORT,
  story: AREA,
  renderer: "plot",
  title: "改革、创新写得多，开放写得少",
  takeaway: "标题里的三个词，“改革”“创新”出现得最多，“开放”少得多；直接写到“外贸”的地方更少。",
  unit: "出现次数",
  figureIds: [],
  extraSourceIds: themeParagraphs,
  render: () => wordFrequencyChart(themeRows, { area: AREA, width: WIDTH, id: "reform-words", subject: themeSubject }),
});

function growthState(step: number, highlight: string[], label: string): ChartState {
  return { ...growthBarsChart(growthRows, { ...growthOptions, step, highlight, id: `reform-growth-s${step}-${highlight.join("-")}` }), label };
}
function rangeState(rows: RangeRow[], chartId: string, highlight: string[], label: string): ChartState {
  return { ...rangeChart(rows, { area: AREA, width: WIDTH, step: 1, highlight, id: `${chartId}-s1-${highlight.join("-")}` }), label };
}

const steps: StoryStep[] = [
  {
    text: "去年阳泉外贸进出口总额{fig:review-4-f9}，报告称“居全省第一”；新增外贸企业{val:review-4-f7}、外商企业{val:review-4-f8}，“均创历史新高”。",
    sourceIds: ["review-4"],
    chartId: growth.id,
    state: growthState(0, ["foreign-trade"], `${REVIEW}年增速`),
  },
  {
    text: "今年的主要目标里，进出口总额{fig:plan-p3-f5}，远低于去年的增速。“左右”说明这是约数；第五项任务里写的是扩大与RCEP、“一带一路”沿线国家的合作、“千企百展”和跨境电商，没有再给外贸数字。",
    sourceIds: ["plan-p3", "plan-5-p4"],
    chartId: growth.id,
    state: growthState(1, ["foreign-trade"], `${REVIEW}年实绩与${PLAN}年目标`),
  },
  {
    text: "另外两个增速目标：规上工业企业研发经费投入{fig:plan-5-p5-f4}，开发区规上工业增加值{fig:plan-5-p2-f1}。去年的对应增速，报告未给出。",
    sourceIds: ["plan-5-p5", "plan-5-p2"],
    chartId: growth.id,
    state: growthState(1, ["rd-spending-industry", "dev-zone-industry-va"], `${PLAN}年目标（去年未给出）`),
  },
  {
    text: "招商引资：去年签约项目{val:review-4-f4}，总投资{val:review-4-f5}，当年开工{val:review-4-f6}。图中开工占签约的比例是按这两个数算出的计算值。今年的招商写在第一项任务（“破局行动”）和本节（“政府+链主企业+园区”模式），没有签约数目标。",
    sourceIds: ["review-4", "plan-1-p2", "plan-5-p2"],
    chartId: investment.id,
    state: { ...levelBarsChart(investmentRows, { area: AREA, width: WIDTH, step: 1, id: "reform-investment-s1", subject: investmentSubject }), label: `${REVIEW}年签约与开工（个）` },
  },
  {
    text: "高新技术企业去年新认定{val:review-5-f1}，总数{fig:review-5-f2}。今年报告提出“滚动实施高新技术企业倍增计划”，新认定的目标是{val:plan-5-p5-f1}，比去年新认定的少。",
    sourceIds: ["review-5", "plan-5-p5"],
    chartId: highTech.id,
    state: rangeState(highTechRows, highTech.id, ["high-tech-review", "high-tech-plan"], `新认定高新技术企业：${REVIEW}年与${PLAN}年目标（家）`),
  },
  {
    text: "换一个刻度看小数目：高科技领军企业{val:plan-5-p5-f2}；本节唯一的区间目标是组建{fig:plan-5-p5-f3}，图上画成一段，而不是取中间值。同一段还要新建市级平台{val:plan-5-p5-f5}，实施科技重大专项和重点研发项目{val:plan-5-p5-f6}。",
    sourceIds: ["plan-5-p5"],
    chartId: consortia.id,
    state: rangeState(consortiaRows, consortia.id, ["consortia"], "创新联合体：区间目标（家）"),
  },
  {
    text: "最后数一数这一节的用词：标题里的“改革”“创新”出现得最多，“开放”少得多，直接写到“外贸”的地方更少。去年增速全省第一的外贸，在今年这一节里着墨不多。",
    sourceIds: themeParagraphs,
    chartId: themes.id,
    state: { ...wordFrequencyChart(themeRows, { area: AREA, width: WIDTH, step: 1, highlight: ["开放", "外贸"], id: "reform-words-s1", subject: themeSubject }), label: "用词出现次数" },
  },
];

export const reform: Story = {
  slug: AREA,
  reportId: REPORT,
  kind: "area",
  areaNo: 5,
  sectionId: "plan-5",
  title: "去年外贸增速全省第一，今年的目标低得多",
  dek: "去年外贸进出口{fig:review-4-f9}，居全省第一；今年的目标是{fig:plan-p3-f5}。改革开放创新一节的其余数字，多落在企业和创新上：新认定高新技术企业{val:plan-5-p5-f1}，创新联合体{val:plan-5-p5-f3}。",
  steps,
  charts: [growth, investment, highTech, consortia, themes],
};
