/**
 * 2024 work area 4, 营商环境. The review's results (market entities, online permits) have no matching
 * 2024 targets: the plan's only figures are two firm additions and the count of a policy package.
 * Policy packages are drawn as counted measures (条), the one unit they share; the cards take any unit.
 */
import { countDotsChart, type CountDotsRow } from "../charts/count-dots";
import { levelBarsChart, type LevelRow } from "../charts/level-bars";
import { targetsBoardChart } from "../charts/targets-board";
import type { ChartState } from "../charts/types";
import { loadReport } from "../data/load";
import { chartDefOf } from "./chart-def";
import { figureIdsOfRows, figureOf, levelRowOf } from "./figure-rows";
import { actualVsTarget, rowFigureIds } from "./indicator-rows";
import type { Story, StoryStep } from "./types";
import { siteEdition } from "../edition";
import { STORY_WIDTH as WIDTH } from "../specs/widths";

const REPORT = siteEdition().reportId;
const { review_year: REVIEW, plan_year: PLAN } = loadReport(REPORT).meta;
const AREA = "business";

/** Policy packages by the number of measures (条) each names; keys are for highlighting. */
const packageRows: LevelRow[] = [
  levelRowOf(REPORT, "recovery", `${REVIEW}·经济回升向好`, "review-2-f1"),
  levelRowOf(REPORT, "private-investment", `${REVIEW}·激活民间投资`, "review-2-f2"),
  levelRowOf(REPORT, "services", `${REVIEW}·服务业复苏`, "review-2-f3"),
  levelRowOf(REPORT, "private-economy", `${PLAN}·支持民营经济`, "plan-4-p2-f1"),
];
const REVIEW_PACKAGES = ["recovery", "private-investment", "services"];
const packagesSubject = `政策措施条数：${REVIEW}年出台的与${PLAN}年要落实的`;

const packages = chartDefOf({
  id: "business-policy-packages",
  reportId: REPORT,
  story: AREA,
  renderer: "plot",
  title: `政策按条数：${REVIEW}年出台的和${PLAN}年要落实的`,
  takeaway: "去年出台的政策分别列出{val:review-2-f1}、{val:review-2-f2}、{val:review-2-f3}；今年报告点名落实的支持民营经济发展政策为{val:plan-4-p2-f1}。",
  unit: "条（政策措施的条数）",
  figureIds: figureIdsOfRows(packageRows),
  render: () => levelBarsChart(packageRows, { area: AREA, width: WIDTH, id: "business-policy-packages", subject: packagesSubject }),
});

/** Review results first (top row on a phone), plan targets second. The online-permit rate is in the copy. */
const LABELS = {
  "market-entities": "实有各类经营主体",
  "market-entities-growth": "经营主体增速",
  "industrial-firms-net-new": "规上工业企业净增",
  "specialised-firms-new": "专精特新企业新增",
};
const cardRows = actualVsTarget(Object.keys(LABELS), REPORT, LABELS);
const REVIEW_CARDS = ["market-entities", "market-entities-growth"];

function boardOptions(id: string, step?: number, highlight?: string[]) {
  return { area: AREA, width: WIDTH, actualYear: REVIEW, targetYear: PLAN, id, step, highlight } as const;
}

const board = chartDefOf({
  id: "business-results-targets",
  reportId: REPORT,
  story: AREA,
  renderer: "d3",
  title: `${REVIEW}年的成绩与${PLAN}年的目标，对不上号`,
  takeaway: "去年的经营主体总数和增速，今年都没有对应目标；今年的两个数字目标是规上工业企业{fig:plan-4-p3-f1}、专精特新企业{fig:plan-4-p3-f2}。",
  unit: "万户、%、户（各卡片单位不同，不共用坐标轴）",
  figureIds: rowFigureIds(cardRows),
  render: () => targetsBoardChart(cardRows, boardOptions("business-results-targets")),
});

/** The plan's two firm targets, one dot per firm (both in 户, both plain counts without qualifiers). */
function firmRow(key: string, label: string, figureId: string): CountDotsRow {
  const f = figureOf(REPORT, figureId);
  return { key, label, unit: f.unit, value: f.value, qualifier: f.qualifier || null, series: "target", figureId: f.id };
}
const firmRows: CountDotsRow[] = [
  firmRow("industrial", `${PLAN}年 规上工业企业净增`, "plan-4-p3-f1"),
  firmRow("specialised", `${PLAN}年 专精特新企业新增`, "plan-4-p3-f2"),
];
const firmsSubject = `${PLAN}年要新增的企业`;
const firms = chartDefOf({
  id: "business-firm-targets",
  reportId: REPORT,
  story: AREA,
  renderer: "d3",
  title: `${PLAN}年的两个数字目标：一个点代表一户企业`,
  takeaway: "规上工业企业{fig:plan-4-p3-f1}，专精特新企业{fig:plan-4-p3-f2}。",
  unit: "户",
  figureIds: figureIdsOfRows(firmRows),
  render: () => countDotsChart(firmRows, { area: AREA, width: WIDTH, id: "business-firm-targets", subject: firmsSubject }),
});

function packagesState(step: number, highlight: string[], label: string): ChartState {
  const id = `business-policy-packages-s${step}-${highlight.join("-")}`;
  return { ...levelBarsChart(packageRows, { area: AREA, width: WIDTH, id, step, highlight, subject: packagesSubject }), label };
}

function boardState(step: number, highlight: string[], label: string): ChartState {
  return { ...targetsBoardChart(cardRows, boardOptions(`business-results-targets-s${step}-${highlight.join("-")}`, step, highlight)), label };
}

const steps: StoryStep[] = [
  {
    text: "去年阳泉实有各类经营主体{val:review-p5-f2}，{fig:review-p5-f3}，报告称“排全省第一”；市级行政许可事项全程可网办率{fig:review-p5-f1}。",
    sourceIds: ["review-p5"],
    chartId: board.id,
    state: boardState(1, REVIEW_CARDS, `${REVIEW}年：经营主体`),
  },
  {
    text: "这些成绩的背后是成批出台的政策：推动经济持续回升向好{val:review-2-f1}、激活民间投资{val:review-2-f2}、促进服务业迅速复苏{val:review-2-f3}。",
    sourceIds: ["review-2"],
    chartId: packages.id,
    state: packagesState(0, REVIEW_PACKAGES, `${REVIEW}年出台的政策（条）`),
  },
  {
    text: "今年这一节只点名一项带条数的政策：落实我省民营经济发展促进条例、支持民营经济发展{val:plan-4-p2-f1}等政策措施，并要为民营企业“解忧、解压、解惑、解渴”。",
    sourceIds: ["plan-4-p2"],
    chartId: packages.id,
    state: packagesState(0, ["private-economy"], `${PLAN}年要落实的政策（条）`),
  },
  {
    text: "今年这一节只有两个数字目标，出自同一句“开展经营主体深化年活动，完善梯度培育工作体系”：规上工业企业{fig:plan-4-p3-f1}，专精特新企业{fig:plan-4-p3-f2}。",
    sourceIds: ["plan-4-p3"],
    chartId: firms.id,
    state: { ...countDotsChart(firmRows, { area: AREA, width: WIDTH, id: "business-firm-targets-s1", step: 1, subject: firmsSubject }), label: `${PLAN}年目标：一个点代表一户（户）` },
  },
  {
    text: "对照去年的成绩，今年没有给出经营主体总数或增速的目标（卡片上记为“未提及”），也没有网办率目标。营商环境的任务多以改革名称出现：“综合窗口受理”“证照联办”“一网通办”“办不成事”反映窗口、“惠企直通车”。",
    sourceIds: ["review-p5", "plan-4-p3"],
    chartId: board.id,
    state: boardState(1, [], `${REVIEW}年实绩与${PLAN}年目标`),
  },
];

export const business: Story = {
  slug: AREA,
  reportId: REPORT,
  kind: "area",
  areaNo: 4,
  sectionId: "plan-4",
  title: "经营主体增速全省第一，今年的营商环境只写了两个数字目标",
  dek: "去年经营主体{fig:review-p5-f3}，排全省第一。今年“营商环境”一节的数字目标只有两个：规上工业企业{fig:plan-4-p3-f1}，专精特新企业{fig:plan-4-p3-f2}；其余承诺多是改革和行动的名称。",
  steps,
  charts: [board, packages, firms],
};
