/**
 * 2024 work area 2, 现代化产业体系: “coal plus”. Coal and power levels with computed shares
 * (labelled 计算值), advanced-capacity shares, intelligent mines one dot each, the nine chains'
 * revenue target with its computed change, and battery lines in GWh. 外送电量…64% is shown as
 * written: the report does not say what it is a share of, so it is never set against a computed share.
 */
import { countDotsChart, type CountDotsRow } from "../charts/count-dots";
import { targetsBoardChart } from "../charts/targets-board";
import { levelBarsChart, type LevelRow } from "../charts/level-bars";
import { levelChangeChart, type LevelChangeRow } from "../charts/level-change";
import { formatStated } from "../charts/shared/values";
import { loadReport } from "../data/load";
import { countRow, levelRow } from "./area-kit";
import { chartDefOf } from "./chart-def";
import { figureIdsOfRows, levelRowOf } from "./figure-rows";
import { actualVsTarget, figureIdsOf, rowFigureIds, statedValue } from "./indicator-rows";
import type { ChartState } from "../charts/types";
import type { Story, StoryStep } from "./types";
import { siteEdition } from "../edition";
import { STORY_WIDTH as WIDTH } from "../specs/widths";

const REPORT = siteEdition().reportId;
const { review_year: REVIEW, plan_year: PLAN } = loadReport(REPORT).meta;
const AREA = "industry";
const base = { reportId: REPORT, story: AREA };

/** Coal output and the local mines' part of it (the share is computed). */
const coalRows: LevelRow[] = [
  levelRow("coal-output", REPORT, REVIEW, "全市原煤产量"),
  levelRow("coal-output-local", REPORT, REVIEW, "其中地方煤矿", "coal-output"),
];
const coalState = (step: number, label: string): ChartState => ({ ...levelBarsChart(coalRows, { area: AREA, width: WIDTH, step, subject: `${REVIEW}年原煤产量`, id: `industry-coal-s${step}` }), label });
const coal = chartDefOf({
  ...base,
  id: "industry-coal",
  renderer: "plot",
  title: `${REVIEW}年原煤产量，地方煤矿占多少（计算值）`,
  takeaway: "全市原煤产量{val:review-1-f1}，其中地方煤矿{val:review-1-f2}；图中的占比由这两个数相除得出，是计算值。",
  unit: "万吨",
  figureIds: figureIdsOfRows(coalRows),
  render: () => levelBarsChart(coalRows, { area: AREA, width: WIDTH, subject: `${REVIEW}年原煤产量`, id: "industry-coal" }),
});

/** Two shares close to their targets (94.5 → 95): cards state them exactly, where an axis would squeeze them together. */
const CAPACITY_LABELS = { "advanced-coal-capacity": "煤炭先进产能占比", "advanced-washing-capacity": "先进洗选产能占比" };
const capacityRows = actualVsTarget(Object.keys(CAPACITY_LABELS), REPORT, CAPACITY_LABELS);
const capacityOptions = (id: string, step?: number) => ({ area: AREA, width: WIDTH, actualYear: REVIEW, targetYear: PLAN, id, step }) as const;
const capacity = chartDefOf({
  ...base,
  id: "industry-capacity",
  renderer: "d3",
  title: `先进产能：${REVIEW}年实绩与${PLAN}年目标`,
  takeaway: "煤炭先进产能占比从{val:review-1-f5}到{fig:plan-2-p2-f4}；先进洗选产能占比{fig:plan-2-p2-f5}，去年的数报告未给出。",
  unit: "占比，%",
  figureIds: rowFigureIds(capacityRows),
  render: () => targetsBoardChart(capacityRows, capacityOptions("industry-capacity")),
});

/** Intelligent mines: built by 2023, upgrades to start in 2024, upgrades to finish in 2024 (separate counts). */
const mineRows: CountDotsRow[] = [
  countRow("intelligent-mines", REPORT, REVIEW, `${REVIEW}年 累计建成智能化矿井`),
  countRow("intelligent-upgrades-started", REPORT, PLAN, `${PLAN}年 开工智能化改造`),
  countRow("intelligent-mines", REPORT, PLAN, `${PLAN}年 完成智能化矿井建设`),
];
const MINES_SUBJECT = "智能化煤矿";
const minesState = (step: number, label: string): ChartState => ({ ...countDotsChart(mineRows, { subject: MINES_SUBJECT, area: AREA, width: WIDTH, step, id: `industry-mines-s${step}` }), label });
const mines = chartDefOf({
  ...base,
  id: "industry-mines",
  renderer: "d3",
  title: "一个点一座煤矿：智能化改造",
  takeaway: "去年累计建成{val:review-1-f3}智能化矿井；今年开工改造{val:plan-2-p2-f1}，完成建设{val:plan-2-p2-f3}。",
  unit: "座（一个点代表一座）",
  figureIds: figureIdsOfRows(mineRows),
  render: () => countDotsChart(mineRows, { subject: MINES_SUBJECT, area: AREA, width: WIDTH, id: "industry-mines" }),
});

/** Power generated and sent out (the share is computed; the plan's 64% is not set against it). */
const powerRows: LevelRow[] = [
  levelRow("power-generation", REPORT, REVIEW, "发电量"),
  levelRow("power-sent-out", REPORT, REVIEW, "外送电量", "power-generation"),
];
const power = chartDefOf({
  ...base,
  id: "industry-power",
  renderer: "plot",
  title: `${REVIEW}年发电与外送，外送占发电的比例（计算值）`,
  takeaway: "发电量{val:review-1-f6}，外送电量{val:review-1-f8}；今年“外送电量{fig:plan-2-p2-f11}”，报告没有说明这是占什么的比例。",
  unit: "亿千瓦时",
  figureIds: figureIdsOfRows(powerRows),
  render: () => levelBarsChart(powerRows, { area: AREA, width: WIDTH, subject: `${REVIEW}年发电与外送`, id: "industry-power" }),
});

const chainsRow: LevelChangeRow = (() => {
  const before = statedValue("industrial-chains-revenue", REPORT, REVIEW);
  const after = statedValue("industrial-chains-revenue", REPORT, PLAN);
  return { key: "industrial-chains-revenue", label: "九条重点产业链营收", unit: "亿元", before, after };
})();
const chainsOptions = (id: string, step?: number) => ({ area: AREA, width: WIDTH, beforeLabel: `${REVIEW}年`, afterLabel: `${PLAN}年目标`, id, step }) as const;
const chains = chartDefOf({
  ...base,
  id: "industry-chains",
  renderer: "plot",
  title: "九条重点产业链：营收目标比去年多出的部分（计算值）",
  takeaway: "九条重点产业链营业收入去年{val:review-3-f3}，今年营收规模{fig:plan-2-p4-f1}；增幅是计算值，报告没有写。",
  unit: "亿元",
  figureIds: figureIdsOf([chainsRow.before, chainsRow.after]),
  render: () => levelChangeChart([chainsRow], chainsOptions("industry-chains")),
});

/** Battery production lines named with a capacity (different verbs: 加快建设 vs 达产达效). */
const batteryRows: LevelRow[] = [
  levelRowOf(REPORT, "solid-state", "太行世纪固态锂（钠）离子电池线", "plan-2-p4-f2"),
  levelRowOf(REPORT, "sodium-ion", "华钠芯能钠离子电池线", "plan-2-p4-f3"),
];
const batteries = chartDefOf({
  ...base,
  id: "industry-batteries",
  renderer: "plot",
  title: `${PLAN}年点名的两条电池生产线`,
  takeaway: "太行世纪{val:plan-2-p4-f2}固态锂（钠）离子电池生产线“加快建设”，华钠芯能{val:plan-2-p4-f3}钠离子电池生产线“达产达效”。",
  unit: "GWh（生产线规模）",
  figureIds: figureIdsOfRows(batteryRows),
  render: () => levelBarsChart(batteryRows, { area: AREA, width: WIDTH, subject: "电池生产线规模", id: "industry-batteries" }),
});

const steps: StoryStep[] = [
  {
    text: "阳泉首先是煤城。去年全市原煤产量{ind:coal-output:2023}，其中地方煤矿{ind:coal-output-local:2023}，超额完成省定目标任务。今年报告只说“全力稳定煤炭产量”，产量目标报告未给出。",
    sourceIds: ["review-1", "plan-2-p2"],
    chartId: coal.id,
    state: coalState(0, `${REVIEW}年原煤产量`),
  },
  {
    text: "地方煤矿占全市产量的比例，报告没有写；用上面两个数相除可以算出来，图中标为“计算值”。",
    sourceIds: ["review-1"],
    chartId: coal.id,
    state: coalState(1, "地方煤矿占比（计算值）"),
  },
  {
    text: "“煤+”的第一步是产能更先进：煤炭先进产能占比去年{ind:advanced-coal-capacity:2023}，居全省第二，今年{fig:plan-2-p2-f4}；先进洗选产能占比{fig:plan-2-p2-f5}，“以上”是底线。",
    sourceIds: ["review-1", "plan-2-p2"],
    chartId: capacity.id,
    state: { ...targetsBoardChart(capacityRows, capacityOptions("industry-capacity-s1", 1)), label: `${PLAN}年目标与${REVIEW}年实绩` },
  },
  {
    text: "第二步是智能化。去年累计建成{val:review-1-f3}智能化矿井、{val:review-1-f4}智能化采掘工作面；今年开工{val:plan-2-p2-f1}煤矿的智能化改造，上社、程庄、荫营等{val:plan-2-p2-f3}煤矿完成智能化矿井建设。两者是否重叠，报告未说明。",
    sourceIds: ["review-1", "plan-2-p2"],
    chartId: mines.id,
    state: minesState(2, `${REVIEW}年与${PLAN}年`),
  },
  {
    text: "电也是阳泉的产品：去年发电量{val:review-1-f6}，外送电量{val:review-1-f8}，图中外送占发电的比例是计算值。今年报告写“外送电量{fig:plan-2-p2-f11}”，没有说明是占什么的比例，所以不和计算值放在一起比。新能源和清洁能源装机去年{ind:new-energy-capacity:2023}，今年的装机目标报告未给出；阳光电厂{fig:plan-2-p2-f6}项目要“取得实质进展”。",
    sourceIds: ["review-1", "plan-2-p2"],
    chartId: power.id,
    state: { ...levelBarsChart(powerRows, { area: AREA, width: WIDTH, step: 1, subject: `${REVIEW}年发电与外送`, id: "industry-power-s1" }), label: "外送占发电（计算值）" },
  },
  {
    text: "煤之外的“加法”落在九条重点产业链：营业收入去年{ind:industrial-chains-revenue:2023}，今年“整合优化”后营收规模{fig:plan-2-p4-f1}。图中的增幅是计算值；两年的口径（营业收入、营收规模）报告写法略有不同。",
    sourceIds: ["review-3", "plan-2-p4"],
    chartId: chains.id,
    state: { ...levelChangeChart([chainsRow], chainsOptions("industry-chains-s2", 2)), label: "营收与增幅（计算值）" },
  },
  {
    text: "链上点名的新项目里，有两条电池生产线写了规模：太行世纪{val:plan-2-p4-f2}、华钠芯能{val:plan-2-p4-f3}。文旅也在“加法”里：去年重点监测景区旅游接待人数{fig:review-3-f9}，经营收入{fig:review-3-f10}，这里照原文写，不换算成倍数。",
    sourceIds: ["plan-2-p4", "review-3"],
    chartId: batteries.id,
    state: { ...levelBarsChart(batteryRows, { area: AREA, width: WIDTH, subject: "电池生产线规模", id: "industry-batteries-s0" }), label: "电池生产线（GWh）" },
  },
];

/** The title states the two targets the story turns on, from data. */
function headline(): string {
  const capacityTarget = statedValue("advanced-coal-capacity", REPORT, PLAN);
  const chainsTarget = statedValue("industrial-chains-revenue", REPORT, PLAN);
  return `“煤+”：先进产能${formatStated(capacityTarget, "%")}，九条产业链营收${formatStated(chainsTarget, "亿元")}`;
}

export const industry: Story = {
  slug: AREA,
  reportId: REPORT,
  kind: "area",
  areaNo: 2,
  sectionId: "plan-2",
  title: headline(),
  dek: "报告第二项任务“构建现代化产业体系”，是能源革命和制造业振兴“双轮驱动”：煤炭先进产能占比{fig:plan-2-p2-f4}，九条重点产业链营收规模{fig:plan-2-p4-f1}，还有智能化煤矿、外送电和电池生产线。",
  steps,
  charts: [coal, capacity, mines, power, chains, batteries],
};
