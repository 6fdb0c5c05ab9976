/**
 * The overview (`/`): "a 千亿 economy that grew 3.2% sets itself about 5%". The main targets with the
 * review-year actuals the report gives, the sector targets, Yangquan against the national targets
 * (comparable rows only where the measures match), and how the report's attention spreads over the
 * nine work areas. Every value comes from indicator-values.csv, figures.csv or sections.csv.
 */
import { attentionChart } from "../charts/attention";
import { comparisonChart, type ComparisonRow } from "../charts/comparison";
import { growthBarsChart, type GrowthRow } from "../charts/growth-bars";
import { targetsBoardChart } from "../charts/targets-board";
import { formatNumber } from "../charts/shared/format";
import { formatStated, isStated } from "../charts/shared/values";
import type { ChartState } from "../charts/types";
import { loadAreas, loadIndicators, loadIndicatorValues, loadReport } from "../data/load";
import { areaAttentionRows } from "./area-attention";
import { chartDefOf } from "./chart-def";
import { actualVsTarget, figureIdsOf, rowFigureIds, statedValue } from "./indicator-rows";
import type { ChartDef, Story, StoryStep } from "./types";
import { siteEdition } from "../edition";
import { STORY_WIDTH as WIDTH } from "../specs/widths";

const REPORT = siteEdition().reportId;
const NATIONAL = "national-2024";
const report = loadReport(REPORT);
const { review_year: REVIEW, plan_year: PLAN } = report.meta;
const STORY = "overview";

// ── Main targets: every "main" indicator the report states for the plan year, in indicators.csv order.
const mainSlugs = loadIndicators()
  .filter((i) => i.group === "main")
  .map((i) => i.slug)
  .filter((slug) => loadIndicatorValues().some((v) => v.indicator === slug && v.report_id === REPORT && v.year === PLAN));
const mainRows = actualVsTarget(mainSlugs, REPORT);
const withActual = mainRows.filter((r) => isStated(r.actual)).map((r) => r.indicator);
const withoutActual = mainRows.filter((r) => !isStated(r.actual)).map((r) => r.indicator);

function boardState(step: number, label: string, highlight?: string[]): ChartState {
  const id = `overview-targets-s${step}${highlight ? `-${highlight.join("-")}` : ""}`;
  return { ...targetsBoardChart(mainRows, { width: WIDTH, actualYear: REVIEW, targetYear: PLAN, id, step, highlight }), label };
}

const targets = chartDefOf({
  id: "overview-targets",
  reportId: REPORT,
  story: STORY,
  renderer: "d3",
  title: `${PLAN}年主要预期目标，和报告给出的${REVIEW}年实际`,
  takeaway: "经济增速目标{fig:plan-p3-f1}，高于去年的{val:review-p2-f1}；规上工业、投资、消费和物价四项，报告没有给出去年的总体数字。",
  unit: "增速%、万人、失业率%（各卡片单位不同，不共用坐标轴）",
  figureIds: rowFigureIds(mainRows),
  render: () => targetsBoardChart(mainRows, { width: WIDTH, actualYear: REVIEW, targetYear: PLAN, id: "overview-targets" }),
});

// ── Sector growth: review-year actual against plan-year target, all in % (growth only).
const SECTOR_LABELS: Record<string, string> = {
  "primary-industry-va": "第一产业",
  "manufacturing-va": "制造业",
  "construction-output": "建筑业总产值",
  "services-va": "服务业",
};
const sectorRows: GrowthRow[] = actualVsTarget(Object.keys(SECTOR_LABELS), REPORT, SECTOR_LABELS).map((r) => ({
  key: r.indicator,
  label: r.label,
  unit: r.unit,
  actual: r.actual,
  target: r.target,
  sourceIds: r.sourceIds,
}));
function sectorState(step: number, label: string, highlight?: string[]): ChartState {
  const id = `overview-sectors-s${step}${highlight ? `-${highlight.join("-")}` : ""}`;
  return { ...growthBarsChart(sectorRows, { width: WIDTH, actualYear: REVIEW, targetYear: PLAN, id, step, highlight }), label };
}
const sectors = chartDefOf({
  id: "overview-sectors",
  reportId: REPORT,
  story: STORY,
  renderer: "plot",
  title: `分行业增速：${REVIEW}年实际与${PLAN}年目标`,
  takeaway: "制造业目标{fig:plan-1-p4-f2}，几乎是去年{val:review-p2-f5}的两倍；第一产业目标低于去年，建筑业去年没有数字。",
  unit: "增速，%（增加值；建筑业为总产值）",
  figureIds: figureIdsOf(sectorRows.flatMap((r) => [r.actual, r.target])),
  render: () => growthBarsChart(sectorRows, { width: WIDTH, actualYear: REVIEW, targetYear: PLAN, id: "overview-sectors" }),
});

// ── Yangquan against the national targets of the same year.
const jobsLocal = statedValue("urban-jobs", REPORT, PLAN);
const jobsNational = statedValue("urban-jobs", NATIONAL, PLAN);
if (!isStated(jobsLocal) || !isStated(jobsNational)) throw new Error("overview: the urban-jobs targets of both reports are needed for the scale note");
const jobsRatio = Math.round(jobsNational.value / jobsLocal.value);
const indicatorUnit = (slug: string) => loadIndicators().find((i) => i.slug === slug)!.unit;
const comparisonRows: ComparisonRow[] = [
  { indicator: "gdp", label: "经济增速", local: statedValue("gdp", REPORT, PLAN), reference: statedValue("gdp", NATIONAL, PLAN), localUnit: indicatorUnit("gdp"), referenceUnit: indicatorUnit("gdp"), comparable: true },
  { indicator: "cpi", label: "居民消费价格涨幅", local: statedValue("cpi", REPORT, PLAN), reference: statedValue("cpi", NATIONAL, PLAN), localUnit: indicatorUnit("cpi"), referenceUnit: indicatorUnit("cpi"), comparable: true },
  {
    indicator: "unemployment",
    label: "城镇失业率",
    local: statedValue("registered-unemployment", REPORT, PLAN),
    localUnit: indicatorUnit("registered-unemployment"),
    reference: statedValue("surveyed-unemployment", NATIONAL, PLAN),
    referenceUnit: indicatorUnit("surveyed-unemployment"),
    comparable: false,
    labelsOnly: true,
    note: "阳泉为登记失业率，全国为调查失业率",
  },
  {
    indicator: "urban-jobs",
    label: "城镇新增就业",
    local: jobsLocal,
    localUnit: indicatorUnit("urban-jobs"),
    reference: jobsNational,
    referenceUnit: indicatorUnit("urban-jobs"),
    comparable: true,
    labelsOnly: true,
    note: `全国是阳泉的约${formatNumber(jobsRatio)}倍（计算值），不画在同一坐标上`,
  },
];
function comparisonState(step: number, label: string, highlight?: string[]): ChartState {
  const id = `overview-national-s${step}${highlight ? `-${highlight.join("-")}` : ""}`;
  return { ...comparisonChart(comparisonRows, { width: WIDTH, id, step, highlight }), label };
}
const national = chartDefOf({
  id: "overview-national",
  reportId: REPORT,
  story: STORY,
  renderer: "plot",
  title: `阳泉与全国的${PLAN}年目标`,
  takeaway: `经济增速和物价涨幅，阳泉与全国的目标相同；失业率口径不同，不可直接比较；新增就业规模相差悬殊，各自单列。全国目标出自同年的国务院政府工作报告。`,
  unit: "%；万人（每个指标单独一栏，各用各的坐标）",
  figureIds: figureIdsOf(comparisonRows.map((r) => r.local)),
  render: () => comparisonChart(comparisonRows, { width: WIDTH, id: "overview-national" }),
});

// ── Attention: characters and figures per 2024 work area.
const attentionRows = areaAttentionRows({ areas: loadAreas().filter((a) => a.report_id === REPORT), sections: report.sections, figures: report.figures });
const noFigures = attentionRows.filter((r) => r.figures === 0).map((r) => r.area);
const fewFigures = [...attentionRows].sort((a, b) => a.figures - b.figures).slice(0, 3).map((r) => r.area);
const mostFigures = [...attentionRows].sort((a, b) => b.figures - a.figures).slice(0, 2).map((r) => r.area);
function attentionState(step: number, label: string, highlight?: string[]): ChartState {
  const id = `overview-attention-s${step}${highlight ? `-${highlight.join("-")}` : ""}`;
  return { ...attentionChart(attentionRows, { width: WIDTH, id, step, highlight }), label };
}
/** Cited by area: the nine area headings (the counts run over each area's whole text), not every paragraph. */
const areaHeadingIds = attentionRows.flatMap((r) => r.sourceIds ?? []);
const attention: ChartDef = {
  ...chartDefOf({
    id: "overview-attention",
    reportId: REPORT,
    story: STORY,
    renderer: "d3",
    title: `${PLAN}年九项工作：篇幅与数字`,
    takeaway: "“现代化产业体系”篇幅最长、数字最多；“安全发展底线”一个阿拉伯数字也没有，只有文字承诺。",
    unit: "字；个（阿拉伯数字）",
    figureIds: attentionRows.flatMap((r) => r.figureIds),
    extraSourceIds: areaHeadingIds,
    render: () => attentionChart(attentionRows, { width: WIDTH, id: "overview-attention" }),
  }),
  sourceIds: areaHeadingIds,
};

const steps: StoryStep[] = [
  {
    text: "去年，阳泉地区生产总值“保持在千亿以上”，{fig:review-p2-f1}。今年报告定下的目标是{fig:plan-p3-f1}，并要“尽可能争取更好结果”。",
    sourceIds: ["review-p2", "plan-p3"],
    chartId: targets.id,
    state: boardState(1, `${PLAN}年目标与${REVIEW}年实际`, ["gdp"]),
  },
  {
    text: "同一段里还有其他主要目标：规上工业增加值{fig:plan-p3-f2}，固定资产投资{fig:plan-p3-f3}，社会消费品零售总额{fig:plan-p3-f4}，进出口总额{fig:plan-p3-f5}，居民消费价格涨幅{val:plan-p3-f8}。带“左右”的是约数。",
    sourceIds: ["plan-p3"],
    chartId: targets.id,
    state: boardState(1, `${PLAN}年主要目标`, mainRows.map((r) => r.indicator).filter((slug) => !["gdp", "urban-jobs", "registered-unemployment"].includes(slug))),
  },
  {
    text: "能和去年对上号的只有四项。外贸去年{fig:review-4-f9}，今年目标{fig:plan-p3-f5}；城镇新增就业去年{val:review-7-f3}，今年{val:plan-p3-f6}；登记失业率去年{val:review-7-f4}，今年{val:plan-p3-f7}——“左右”在这里是一条上限，不是计划让失业率升高。",
    sourceIds: ["review-4", "review-7", "plan-p3"],
    chartId: targets.id,
    state: boardState(1, `有${REVIEW}年实际数的目标`, withActual),
  },
  {
    text: "另外四项，报告没有给出去年的总体数字，卡片上记为“未提及”。回顾里只有分项：高技术产业投资{fig:review-2-f18}，新基建投资{fig:review-2-f19}；石油制品类、家电类零售额分别{val:review-2-f20}、{val:review-2-f21}。分项不能代替总数。",
    sourceIds: ["review-2", "plan-p3"],
    chartId: targets.id,
    state: boardState(1, `报告未给出${REVIEW}年总体数字的目标`, withoutActual),
  },
  {
    text: "分行业看，去年第一产业增加值{fig:review-2-f10}，制造业增加值{fig:review-p2-f5}，服务业增加值{fig:review-2-f11}。建筑业没有数字。",
    sourceIds: ["review-p2", "review-2"],
    chartId: sectors.id,
    state: sectorState(0, `${REVIEW}年分行业增速`),
  },
  {
    text: "今年最大的一步在制造业：目标{fig:plan-1-p4-f2}，几乎是去年的两倍。第一产业目标{val:plan-1-p4-f1}，低于去年；建筑业总产值{fig:plan-1-p4-f3}，“以上”表示这是下限。",
    sourceIds: ["plan-1-p4"],
    chartId: sectors.id,
    state: sectorState(1, `${REVIEW}年实际与${PLAN}年目标`, ["manufacturing-va", "construction-output"]),
  },
  {
    text: `放到全国看：国务院政府工作报告定的经济增速是{ind:gdp:national-2024:2024}，居民消费价格涨幅{ind:cpi:national-2024:2024}，阳泉的两项目标与全国相同。`,
    sourceIds: ["plan-p3"],
    chartId: national.id,
    state: comparisonState(1, "阳泉与全国：可以直接比较的两项", ["gdp", "cpi"]),
  },
  {
    text: "失业率看起来阳泉更低，但这不能比：全国的目标是城镇调查失业率{ind:surveyed-unemployment:national-2024:2024}，阳泉的目标是城镇登记失业率{val:plan-p3-f7}，两种口径统计方法不同。",
    sourceIds: ["plan-p3"],
    chartId: national.id,
    state: comparisonState(1, "失业率：口径不同", ["unemployment"]),
  },
  {
    text: "新增就业则是规模问题：阳泉{val:plan-p3-f6}，全国{ind:urban-jobs:national-2024:2024}，放在一根坐标轴上阳泉会看不见，所以只写数字，不画条形。",
    sourceIds: ["plan-p3"],
    chartId: national.id,
    state: comparisonState(1, "新增就业：规模相差悬殊", ["urban-jobs"]),
  },
  {
    text: "报告把今年的工作分成九项。篇幅并不平均：“现代化产业体系”写得最长，“污染防治生态修复”和“安全发展底线”最短。",
    sourceIds: areaHeadingIds,
    chartId: attention.id,
    state: attentionState(0, "各项工作的篇幅（字）"),
  },
  {
    text: "数字承诺更不平均。产业和城乡两项给出的阿拉伯数字最多；生态只有一处，“安全发展底线”一个也没有——那里的承诺全是文字。",
    sourceIds: areaHeadingIds,
    chartId: attention.id,
    state: attentionState(1, "各项工作的数字个数", [...new Set([...mostFigures, ...fewFigures, ...noFigures])]),
  },
];

export const overview: Story = {
  slug: STORY,
  reportId: REPORT,
  kind: "overview",
  // The headline's two figures are formatted from the curated GDP rows, never typed.
  title: `千亿经济体去年增长${formatStated(statedValue("gdp", REPORT, REVIEW), "%")}，今年目标${formatStated(statedValue("gdp", REPORT, PLAN), "%")}`,
  // The share card's headline number: the plan year's GDP target.
  card: "{val:plan-p3-f1}",
  dek: "阳泉经济总量“保持在千亿以上”，去年{fig:review-p2-f1}，今年目标{fig:plan-p3-f1}。下面逐项看报告的主要目标、哪些能和去年对照、哪些能和全国对照，以及九项工作里哪些写了数字、哪些只写了文字。",
  steps,
  charts: [targets, sectors, national, attention],
};
