/**
 * 2024 work area 6, 城乡一体融合: the reference area story. Every number comes from
 * indicator-values.csv / figures.csv through tokens and chart rows; review-year actual → plan-year target
 * pairs are split by unit (one panel per unit, and share vs growth never on one axis).
 */
import { dumbbellChart, type DumbbellRow } from "../charts/dumbbell";
import { projectLedgerChart, type ProjectLedgerRow } from "../charts/project-ledger";
import { targetsBoardChart } from "../charts/targets-board";
import type { ChartState } from "../charts/types";
import { actualVsTarget, rowFigureIds, sectionIdsOf } from "./indicator-rows";
import type { ChartDef, Story, StoryStep } from "./types";
import { loadProjects, loadReport } from "../data/load";
import { siteEdition } from "../edition";
import { STORY_WIDTH as WIDTH } from "../specs/widths";

const REPORT = siteEdition().reportId;
const { review_year: REVIEW, plan_year: PLAN } = loadReport(REPORT).meta;
const AREA = "town-country";

/** Short labels for a phone-width chart; the full names are in indicators.csv and the data table. */
const LABELS = {
  "farmland-high-standard": "高标准农田",
  "grain-sown-area": "粮食播种面积",
  "grain-output": "粮食产量",
  "taihang-road": "太行一号旅游公路",
  "rural-roads": "“四好农村路”",
  "rural-toilets": "农村户厕改造",
  "rural-waste-coverage": "垃圾收运覆盖自然村",
  "poverty-income-growth": "脱贫人口收入增速",
};
const farmRows = actualVsTarget(["farmland-high-standard", "grain-sown-area", "grain-output"], REPORT, LABELS);
const roadRows = actualVsTarget(["taihang-road", "rural-roads"], REPORT, LABELS);
const villageRows = actualVsTarget(["rural-toilets", "rural-waste-coverage", "poverty-income-growth"], REPORT, LABELS);

/** A dumbbell ChartDef whose sources and figures are derived from its rows. */
function dumbbellDef(id: string, rows: DumbbellRow[], meta: Pick<ChartDef, "title" | "takeaway" | "unit">): ChartDef {
  const figureIds = rowFigureIds(rows);
  return {
    id,
    reportId: REPORT,
    story: AREA,
    renderer: "plot",
    ...meta,
    sourceIds: sectionIdsOf(figureIds, REPORT),
    figureIds,
    render: () => dumbbellChart(rows, { area: AREA, id, width: WIDTH, actualYear: REVIEW, targetYear: PLAN }),
  };
}

const farm = dumbbellDef("town-country-farm", farmRows, {
  title: `农田与粮食：${REVIEW}年实绩和${PLAN}年目标`,
  takeaway: "高标准农田目标{fig:plan-6-p2-f2}，多于去年建成的{val:review-6-f7}；播种面积目标略低于去年，产量目标略高。",
  unit: "万亩；亿斤（分栏，各用各的单位）",
});
const roads = dumbbellDef("town-country-roads", roadRows, {
  title: `两条公路：${PLAN}年的建设任务比${REVIEW}年少`,
  takeaway: "太行一号旅游公路{fig:plan-6-p3-f1}，“四好农村路”{fig:plan-6-p3-f2}，都少于去年完成的里程。",
  unit: "公里",
});
/** Three targets in three different units: cards, not a shared axis (D3 targets board). */
function boardOptions(id: string, step?: number, highlight?: string[]) {
  return { area: AREA, width: WIDTH, actualYear: REVIEW, targetYear: PLAN, id, step, highlight } as const;
}
const villageFigureIds = rowFigureIds(villageRows);
const villages: ChartDef = {
  id: "town-country-villages",
  reportId: REPORT,
  story: AREA,
  renderer: "d3",
  title: "村里的三件事：户厕、垃圾收运、脱贫人口收入",
  takeaway: "户厕改造目标{fig:plan-6-p2-f6}，垃圾收运覆盖自然村比例{fig:plan-6-p2-f8}，脱贫人口收入{fig:plan-6-p2-f12}。",
  unit: "万户；占自然村的%；增速%（各卡片单位不同，不共用坐标轴）",
  sourceIds: sectionIdsOf(villageFigureIds, REPORT),
  figureIds: villageFigureIds,
  render: () => targetsBoardChart(villageRows, boardOptions("town-country-villages")),
};

/**
 * The area's named projects (projects.csv), done in the review year beside planned for the plan year.
 * The report gives them no numbers (digits in names such as 国道307 are names), so figureIds is empty.
 */
const projectRows: ProjectLedgerRow[] = loadProjects()
  .filter((p) => p.report_id === REPORT && p.area_slug === AREA && (p.year === REVIEW || p.year === PLAN))
  .sort((a, b) => a.year - b.year)
  .map((p) => ({ key: p.id, name: p.name, status: p.status, column: p.year === REVIEW ? `${REVIEW}年` : `${PLAN}年计划`, sectionId: p.section_id }));
/** The report's progress verbs for a year, in order, without repeats: "通车、基本完工、完成". */
const verbsIn = (year: number) => [...new Set(projectRows.filter((r) => r.column.startsWith(`${year}年`)).map((r) => r.status))].join("、");
const sectionOrder = new Map(loadReport(REPORT).sections.map((s) => [s.id, s.order]));
const projectOptions = (id: string, step?: number, highlight?: string[]) => ({ subject: "城乡一体的点名工程", area: AREA, width: WIDTH, id, step, highlight }) as const;
const projects: ChartDef = {
  id: "town-country-projects",
  reportId: REPORT,
  story: AREA,
  renderer: "d3",
  title: `点名的工程：${REVIEW}年的进度与${PLAN}年的安排`,
  takeaway: `报告没有给这些工程数字目标，只写了进度用语：去年${verbsIn(REVIEW)}，今年${verbsIn(PLAN)}。`,
  unit: "无单位（工程名称与报告用语）",
  sourceIds: [...new Set(projectRows.map((r) => r.sectionId!))].sort((a, b) => sectionOrder.get(a)! - sectionOrder.get(b)!),
  figureIds: [],
  render: () => projectLedgerChart(projectRows, projectOptions("town-country-projects")),
};
const longhuakou = projectRows.filter((r) => r.key.startsWith("longhuakou-")).map((r) => r.key);

/** A step's graphic: `chart` rendered at a layer (0 = 2023 only, 1 = with 2024 targets), rows highlighted. */
function stateOf(def: ChartDef, rows: DumbbellRow[], step: number, label: string, highlight?: string[]): ChartState {
  return { ...dumbbellChart(rows, { area: AREA, width: WIDTH, actualYear: REVIEW, targetYear: PLAN, step, highlight, id: `${def.id}-s${step}${highlight ? `-${highlight.join("-")}` : ""}` }), label };
}

const steps: StoryStep[] = [
  {
    text: "去年，阳泉建成高标准农田{val:review-6-f7}，粮食播种面积{val:review-6-f8}，总产量{val:review-6-f9}，报告称“再获丰收”。",
    sourceIds: ["review-6"],
    chartId: farm.id,
    state: stateOf(farm, farmRows, 0, `${REVIEW}年实绩`),
  },
  {
    text: "今年的目标：新建高标准农田{fig:plan-6-p2-f2}，播种面积稳定在{val:plan-6-p2-f3}，产量稳定在{val:plan-6-p2-f4}。播种面积的下限比去年实际略低，产量的下限略高。",
    sourceIds: ["plan-6-p2"],
    chartId: farm.id,
    state: stateOf(farm, farmRows, 1, `${REVIEW}年实绩与${PLAN}年目标`, ["grain-sown-area", "grain-output"]),
  },
  {
    text: "修路的任务变少了：太行一号旅游公路从去年完成的{val:review-6-f5}，到今年的{val:plan-6-p3-f1}；“四好农村路”从{val:review-6-f6}到{val:plan-6-p3-f2}。",
    sourceIds: ["review-6", "plan-6-p3"],
    chartId: roads.id,
    state: stateOf(roads, roadRows, 1, `公里：${REVIEW}年完成与${PLAN}年任务`),
  },
  {
    text: `数字之外，报告还点名了这一块的工程，只写进度：去年${verbsIn(REVIEW)}，今年${verbsIn(PLAN)}。龙华口调水工程去年、今年都在名单上：去年土建主体基本完工，今年推进净水厂和配套管网建设。`,
    sourceIds: projects.sourceIds,
    chartId: projects.id,
    state: { ...projectLedgerChart(projectRows, projectOptions("town-country-projects-s1", 1, longhuakou)), label: "点名的工程（龙华口调水工程突出显示）" },
  },
  {
    text: "村里的活：去年改造农村户厕{val:review-6-f10}，今年目标{fig:plan-6-p2-f6}；生活垃圾收运处置体系覆盖的自然村，去年为{val:review-6-f11}，今年要{fig:plan-6-p2-f8}。",
    sourceIds: ["review-6", "plan-6-p2"],
    chartId: villages.id,
    state: { ...targetsBoardChart(villageRows, boardOptions("town-country-villages-s1-env", 1, ["rural-toilets", "rural-waste-coverage"])), label: "户厕（万户）与垃圾收运覆盖（%）" },
  },
  {
    text: "脱贫人口人均纯收入去年{fig:review-6-f13}；今年要求收入{fig:plan-6-p2-f12}。“以上”表示这是底线。",
    sourceIds: ["review-6", "plan-6-p2"],
    chartId: villages.id,
    state: { ...targetsBoardChart(villageRows, boardOptions("town-country-villages-s1-income", 1, ["poverty-income-growth"])), label: "脱贫人口收入增速（%）" },
  },
];

export const townCountry: Story = {
  slug: AREA,
  reportId: REPORT,
  kind: "area",
  areaNo: 6,
  sectionId: "plan-6",
  title: `田多了，路少了：城乡一体的${PLAN}年账本`,
  dek: "报告第六项任务“城乡一体融合”，是今年计划里数字最多的部分之一。高标准农田目标{fig:plan-6-p2-f2}，比去年多；两条公路的建设任务则比去年少。",
  steps,
  charts: [farm, roads, villages, projects],
};
