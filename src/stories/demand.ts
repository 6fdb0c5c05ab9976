/**
 * 2024 work area 1, 扩大内需优化供给. The headline is the manufacturing target against the 2023 pace;
 * the sector rates are % growth only (one axis), investment is shown as the parts the 2023 review
 * gives (no overall 2023 rate exists), and the key-project milestones are cumulative start rates.
 */
import { growthBarsChart } from "../charts/growth-bars";
import { levelBarsChart } from "../charts/level-bars";
import { milestoneTimelineChart, type MilestoneRow } from "../charts/milestone-timeline";
import { formatStated, isStated } from "../charts/shared/values";
import { loadReport } from "../data/load";
import { growthFigureIds, growthRows, paragraphLengthRow } from "./area-kit";
import { chartDefOf } from "./chart-def";
import { figureIdsOfRows } from "./figure-rows";
import { statedValue } from "./indicator-rows";
import type { Story, StoryStep } from "./types";
import { siteEdition } from "../edition";
import { STORY_WIDTH as WIDTH } from "../specs/widths";

const REPORT = siteEdition().reportId;
const { review_year: REVIEW, plan_year: PLAN } = loadReport(REPORT).meta;
const AREA = "demand";

const SECTOR_LABELS = { "primary-industry-va": "第一产业", "manufacturing-va": "制造业", "construction-output": "建筑业总产值", "services-va": "服务业" };
const sectorRows = growthRows(Object.keys(SECTOR_LABELS), REPORT, SECTOR_LABELS);
const INVEST_LABELS = { "fixed-asset-investment": "固定资产投资（全部）", "high-tech-investment": "其中：高技术产业", "new-infrastructure-investment": "其中：新基建" };
const investRows = growthRows(Object.keys(INVEST_LABELS), REPORT, INVEST_LABELS);

/**
 * The headline claim, checked against the data: the manufacturing target is close to (but under)
 * twice the review-year rate. If a new report's numbers break the claim, the build says so.
 */
function manufacturingHeadline(): string {
  const row = sectorRows.find((r) => r.key === "manufacturing-va")!;
  const { actual, target } = row;
  if (!isStated(actual) || !isStated(target)) throw new Error("demand story: the headline needs both manufacturing-va values");
  const ratio = target.value / actual.value;
  if (ratio < 1.75 || ratio >= 2) throw new Error(`demand story: headline says the manufacturing target is nearly twice the ${REVIEW} rate, but the ratio is ${ratio.toFixed(2)}`);
  return `制造业增速目标${formatStated(target, row.unit)}，接近${REVIEW}年${formatStated(actual, row.unit)}的两倍`;
}

function growthOptions(id: string, step?: number, highlight?: string[]) {
  return { area: AREA, width: WIDTH, actualYear: REVIEW, targetYear: PLAN, id, step, highlight } as const;
}

const sectors = chartDefOf({
  id: "demand-sectors",
  reportId: REPORT,
  story: AREA,
  renderer: "plot",
  title: `四个行业：${REVIEW}年增速与${PLAN}年目标`,
  takeaway: "制造业目标{fig:plan-1-p4-f2}，比去年的{ind:manufacturing-va:2023}快得多；第一产业目标{fig:plan-1-p4-f1}，低于去年。",
  unit: "增速，%（只放增速，不放百分点）",
  figureIds: growthFigureIds(sectorRows),
  render: () => growthBarsChart(sectorRows, growthOptions("demand-sectors")),
});

const investment = chartDefOf({
  id: "demand-investment",
  reportId: REPORT,
  story: AREA,
  renderer: "plot",
  title: `投资：${PLAN}年有总目标，${REVIEW}年只有分项`,
  takeaway: "固定资产投资目标{fig:plan-p3-f3}；去年的全市增速报告未给出，只给了高技术产业投资{fig:review-2-f18}、新基建投资{fig:review-2-f19}。",
  unit: "增速，%",
  figureIds: growthFigureIds(investRows),
  render: () => growthBarsChart(investRows, growthOptions("demand-investment")),
});

/** Months the report's moments end at: 一季度 → end of March, 上半年 → end of June. */
const MILESTONES = [
  { slug: "key-projects-new-start-q1", label: "一季度", month: 3 },
  { slug: "key-projects-new-start-h1", label: "上半年", month: 6 },
] as const;
const milestoneRows: MilestoneRow[] = MILESTONES.map(({ slug, label, month }) => {
  const v = statedValue(slug, REPORT, PLAN);
  if (!isStated(v)) throw new Error(`demand story: ${slug} ${PLAN} is not stated`);
  return { key: slug, label, month, value: v.value, unit: "%", qualifier: v.qualifier ?? null, figureId: v.figureId ?? null };
});
const SUBJECT = "省市重点工程新建项目开工率";
const milestones = chartDefOf({
  id: "demand-milestones",
  reportId: REPORT,
  story: AREA,
  renderer: "d3",
  title: `重点工程开工时间表（${PLAN}年）`,
  takeaway: "新建项目开工率一季度{fig:plan-1-p2-f1}，上半年{fig:plan-1-p2-f2}；续建项目一季度全部复工。",
  unit: "累计开工率，%",
  figureIds: figureIdsOfRows(milestoneRows),
  render: () => milestoneTimelineChart(milestoneRows, { subject: SUBJECT, year: PLAN, area: AREA, width: WIDTH, id: "demand-milestones" }),
});

/** The consumption paragraph's one figure (the copy says it is the only one): checked, not assumed. */
const consumptionFigures = loadReport(REPORT).figures.filter((f) => f.section_id === "plan-1-p3");
if (consumptionFigures.length !== 1) throw new Error(`demand story: copy says plan-1-p3 states one figure, data has ${consumptionFigures.length}`);

/** The three task paragraphs (投资、消费、供给): how much text each gets. */
const paragraphRows = ["plan-1-p2", "plan-1-p3", "plan-1-p4"].map((id) => paragraphLengthRow(REPORT, id));
const paragraphs = chartDefOf({
  id: "demand-paragraphs",
  reportId: REPORT,
  story: AREA,
  renderer: "plot",
  title: "三段任务的篇幅：投资写得最多",
  takeaway: "“扩大有效益的投资”一段最长；“激发有潜能的消费”一段只有一个数字：{fig:plan-1-p3-f1}乡村e镇。",
  unit: "字（段落字数，按报告原文统计）",
  figureIds: [],
  extraSourceIds: paragraphRows.map((r) => r.key),
  render: () => levelBarsChart(paragraphRows, { area: AREA, width: WIDTH, subject: "三段任务的字数", id: "demand-paragraphs" }),
});

const steps: StoryStep[] = [
  {
    text: "先看去年：第一产业增加值{ind:primary-industry-va:2023}，制造业增加值{ind:manufacturing-va:2023}，服务业增加值{ind:services-va:2023}。建筑业的增速，报告未给出。",
    sourceIds: ["review-p2", "review-2"],
    chartId: sectors.id,
    state: { ...growthBarsChart(sectorRows, growthOptions("demand-sectors-s0", 0)), label: `${REVIEW}年增速` },
  },
  {
    text: "今年的目标里，制造业最显眼：增加值{fig:plan-1-p4-f2}，没有“左右”，也没有“以上”。去年是{ind:manufacturing-va:2023}。报告给的办法，是对建材、有色、装备制造、金属废料回收加工等企业“精准帮扶”。",
    sourceIds: ["plan-1-p4", "review-p2"],
    chartId: sectors.id,
    state: { ...growthBarsChart(sectorRows, growthOptions("demand-sectors-s1-mfg", 1, ["manufacturing-va"])), label: `制造业：${REVIEW}年与${PLAN}年目标` },
  },
  {
    text: "其他三个行业：服务业目标{fig:plan-1-p4-f4}，比去年的{ind:services-va:2023}快；第一产业目标{fig:plan-1-p4-f1}，比去年的{ind:primary-industry-va:2023}慢；建筑业总产值{fig:plan-1-p4-f3}，“以上”是底线，去年的数报告未给出。",
    sourceIds: ["plan-1-p4", "review-2"],
    chartId: sectors.id,
    state: { ...growthBarsChart(sectorRows, growthOptions("demand-sectors-s1-rest", 1, ["primary-industry-va", "construction-output", "services-va"])), label: "第一产业、建筑业、服务业" },
  },
  {
    text: "投资是这一部分的主抓手，今年固定资产投资目标{fig:plan-p3-f3}。去年的全市投资增速，报告未给出，只列了分项：高技术产业投资{fig:review-2-f18}，新基建投资{fig:review-2-f19}；{ind:key-projects-count:2023}省市重点工程项目完成投资{ind:key-projects-investment:2023}。分项增速快，不代表全部投资也快。",
    sourceIds: ["plan-p3", "review-2"],
    chartId: investment.id,
    state: { ...growthBarsChart(investRows, growthOptions("demand-investment-s1", 1)), label: `投资：${PLAN}年总目标与${REVIEW}年分项` },
  },
  {
    text: "重点工程要赶早：一季度续建项目全部复工，新建项目开工率{fig:plan-1-p2-f1}。",
    sourceIds: ["plan-1-p2"],
    chartId: milestones.id,
    state: { ...milestoneTimelineChart(milestoneRows, { subject: SUBJECT, year: PLAN, area: AREA, width: WIDTH, step: 0, id: "demand-milestones-s0" }), label: "一季度" },
  },
  {
    text: "到上半年，新建项目开工率{fig:plan-1-p2-f2}。“以上”意味着这是最低要求；报告没有给出全年的开工率目标，所以线停在六月底。",
    sourceIds: ["plan-1-p2"],
    chartId: milestones.id,
    state: { ...milestoneTimelineChart(milestoneRows, { subject: SUBJECT, year: PLAN, area: AREA, width: WIDTH, step: 1, id: "demand-milestones-s1" }), label: "一季度与上半年" },
  },
  {
    text: "三段任务里，“扩大有效益的投资”写得最长。“激发有潜能的消费”一段多是方向，唯一的数字是建成平定、盂县、郊区{fig:plan-1-p3-f1}乡村e镇。",
    sourceIds: ["plan-1-p2", "plan-1-p3", "plan-1-p4"],
    chartId: paragraphs.id,
    state: { ...levelBarsChart(paragraphRows, { area: AREA, width: WIDTH, subject: "三段任务的字数", highlight: ["plan-1-p2"], id: "demand-paragraphs-s0" }), label: "三段任务的字数" },
  },
];

export const demand: Story = {
  slug: AREA,
  reportId: REPORT,
  kind: "area",
  areaNo: 1,
  sectionId: "plan-1",
  title: manufacturingHeadline(),
  dek: "报告第一项任务“扩大内需优化供给”，靠投资和项目拉动。制造业增加值目标{fig:plan-1-p4-f2}，远快于去年的{ind:manufacturing-va:2023}；重点工程新建项目上半年开工率要{val:plan-1-p2-f2}。",
  steps,
  charts: [sectors, investment, milestones, paragraphs],
};
