/**
 * 2024 work area 8, 民生: few numbers, most of them counts. The jobs pair comes from the main targets
 * (indicator-values.csv); schools, 民生实事 and the subsidy standards are drawn as counts and pairs with
 * "未提及" where the report gives no figure. Registered unemployment is never set beside the national
 * surveyed rate (different measures), and its 左右 target is explained as a ceiling.
 */
import { countUnitsChart, type CountUnitsRow } from "../charts/count-units";
import { dumbbellChart, type DumbbellRow } from "../charts/dumbbell";
import { slopeChart, type SlopeRow } from "../charts/slope";
import { targetsBoardChart } from "../charts/targets-board";
import type { ChartResult } from "../charts/types";
import { isStated } from "../charts/shared/values";
import { loadReport } from "../data/load";
import { figureValue, sourcesOf } from "./figure-values";
import { actualVsTarget, statedValue } from "./indicator-rows";
import type { ChartDef, Story, StoryStep } from "./types";
import { siteEdition } from "../edition";
import { STORY_WIDTH as WIDTH } from "../specs/widths";

const REPORT = siteEdition().reportId;
const { review_year: REVIEW, plan_year: PLAN } = loadReport(REPORT).meta;
const AREA = "livelihoods";
const DONE = `${REVIEW}年完成`;
const PLANNED = `${PLAN}年目标`;

type Meta = Pick<ChartDef, "id" | "title" | "takeaway" | "unit" | "renderer">;
/**
 * A ChartDef whose figure and paragraph ids are derived from the values it draws; `wordedIn` adds
 * paragraphs whose words (not figures) the chart shows, e.g. a commitment written without a number.
 */
function chartDef(meta: Meta, values: Parameters<typeof sourcesOf>[0], render: () => ChartResult, wordedIn: string[] = []): ChartDef {
  const { figureIds, sourceIds } = sourcesOf(values, REPORT);
  return { ...meta, reportId: REPORT, story: AREA, figureIds, sourceIds: [...new Set([...sourceIds, ...wordedIn])], render };
}

// Jobs: two main targets, one panel per unit (%, 万人). The rate comes first because the first row
// carries the long year labels, and its ends are far apart; the jobs ends nearly touch.
const jobRows = actualVsTarget(["registered-unemployment", "urban-jobs"], REPORT, { "urban-jobs": "城镇新增就业", "registered-unemployment": "城镇登记失业率" });
const jobValues = (rows: DumbbellRow[]) => rows.flatMap((r) => [r.actual, r.target]);
const jobsOptions = (id: string, step?: number, highlight?: string[]) => ({ area: AREA, width: WIDTH, actualYear: REVIEW, targetYear: PLAN, id, step, highlight }) as const;
const jobs = chartDef(
  {
    id: "livelihoods-jobs",
    renderer: "plot",
    title: `就业：${REVIEW}年实绩与${PLAN}年目标`,
    takeaway: "新增就业目标{ind:urban-jobs:2024}，略低于去年的{ind:urban-jobs:2023}；登记失业率目标{ind:registered-unemployment:2024}是控制上限。",
    unit: "万人；%（分栏，各用各的单位）",
  },
  jobValues(jobRows),
  () => dumbbellChart(jobRows, jobsOptions("livelihoods-jobs")),
);

// Every figure the plan writes in this area, as cards (units differ), with the review year under each.
const planRows = actualVsTarget(["skilled-workers-share", "kindergartens", "boarding-schools", "provincial-livelihood-projects", "municipal-livelihood-projects"], REPORT, {
  "skilled-workers-share": "技能人才占从业人员比例",
  kindergartens: "公办、普惠性民办幼儿园",
  "boarding-schools": "寄宿制学校",
  "provincial-livelihood-projects": "省定民生实事",
  "municipal-livelihood-projects": "市新增民生实事",
});
const inArea = (sectionId: string) => sectionId.startsWith("plan-8-");
const onBoard = new Set(planRows.flatMap((r) => (isStated(r.target) && r.target.figureId ? [r.target.figureId] : [])));
const missing = loadReport(REPORT).figures.filter((f) => inArea(f.section_id) && !onBoard.has(f.id));
if (missing.length > 0) throw new Error(`src/stories/livelihoods.ts: the plan-figures board claims every figure of plan-8, but misses ${missing.map((f) => `${f.id} "${f.quote}"`).join(", ")}`);
const boardOptions = (id: string, step?: number, highlight?: string[]) => ({ area: AREA, width: WIDTH, actualYear: REVIEW, targetYear: PLAN, id, step, highlight }) as const;
const planFigures = chartDef(
  {
    id: "livelihoods-plan-figures",
    renderer: "d3",
    title: `民生部分写了数字的目标：${PLAN}年与${REVIEW}年`,
    takeaway: "技能人才占比{val:plan-8-p1-f1}是下限；幼儿园{val:plan-8-p2-f1}、寄宿制学校{val:plan-8-p2-f2}；省定民生实事{val:plan-8-p6-f1}，市里{fig:plan-8-p6-f2}。",
    unit: "%；所；件（各卡片单位不同，不共用坐标轴）",
  },
  planRows.flatMap((r) => [r.actual, r.target]),
  () => targetsBoardChart(planRows, boardOptions("livelihoods-plan-figures")),
);

// Schools: one square per school; the review counts kindergartens only together with schools.
const schoolRows: CountUnitsRow[] = [
  { key: "boarding-schools", label: "寄宿制学校（新建改造）", group: DONE, unit: "所", value: statedValue("boarding-schools", REPORT, REVIEW) },
  { key: "kindergartens", label: "幼儿园（单列）", group: DONE, unit: "所", value: statedValue("kindergartens", REPORT, REVIEW) },
  { key: "boarding-schools", label: "寄宿制学校（新建改扩建）", group: PLANNED, unit: "所", value: statedValue("boarding-schools", REPORT, PLAN) },
  { key: "kindergartens", label: "公办、普惠性民办幼儿园", group: PLANNED, unit: "所", value: statedValue("kindergartens", REPORT, PLAN) },
];
const schoolsOptions = (id: string, step?: number, highlight?: string[]) => ({ subject: "学校，每格一所", area: AREA, width: WIDTH, id, step, highlight }) as const;
const schools = chartDef(
  {
    id: "livelihoods-schools",
    renderer: "d3",
    title: "学校：每格一所",
    takeaway: "寄宿制学校去年新建改造{ind:boarding-schools:2023}，今年计划{ind:boarding-schools:2024}；幼儿园今年{ind:kindergartens:2024}。",
    unit: "所",
  },
  schoolRows.map((r) => r.value),
  () => countUnitsChart(schoolRows, schoolsOptions("livelihoods-schools")),
);

// 民生实事: what was promised and kept last year, what is promised this year.
const projectRows: CountUnitsRow[] = [
  { key: "review-projects", label: "市政府承诺的民生实事", group: `${REVIEW}年：全部兑现`, unit: "件", value: figureValue("review-p6-f1", REPORT) },
  { key: "review-policies", label: "民生政策提标扩面", group: `${REVIEW}年：全部兑现`, unit: "项", value: figureValue("review-p6-f2", REPORT) },
  { key: "provincial-livelihood-projects", label: "省定民生实事", group: `${PLAN}年：计划`, unit: "件", value: statedValue("provincial-livelihood-projects", REPORT, PLAN) },
  { key: "municipal-livelihood-projects", label: "市里再新增", group: `${PLAN}年：计划`, unit: "件", value: statedValue("municipal-livelihood-projects", REPORT, PLAN) },
];
const projectsOptions = (id: string, step?: number, highlight?: string[]) => ({ subject: "民生实事与民生政策，每格一件（项）", area: AREA, width: WIDTH, id, step, highlight }) as const;
const projects = chartDef(
  {
    id: "livelihoods-projects",
    renderer: "d3",
    title: "民生实事：每格一件",
    takeaway: "今年在{val:plan-8-p6-f1}省定民生实事之外，市里{fig:plan-8-p6-f2}；去年承诺的{val:review-p6-f1}实事已“全部兑现”。",
    unit: "件；项",
  },
  projectRows.map((r) => r.value),
  () => countUnitsChart(projectRows, projectsOptions("livelihoods-projects")),
);

// Subsidy standards: raised to a stated level last year; this year "提高", with no figure.
const subsidyRows: SlopeRow[] = [
  { key: "pension-subsidy", label: "养老", unit: "元", before: statedValue("pension-subsidy", REPORT, REVIEW), after: statedValue("pension-subsidy", REPORT, PLAN) },
  { key: "medical-insurance-subsidy", label: "医保", unit: "元", before: statedValue("medical-insurance-subsidy", REPORT, REVIEW), after: statedValue("medical-insurance-subsidy", REPORT, PLAN) },
];
const subsidiesOptions = (id: string, step?: number) => ({ area: AREA, width: WIDTH, beforeLabel: `${REVIEW}年`, afterLabel: `${PLAN}年`, id, step }) as const;
const subsidies = chartDef(
  {
    id: "livelihoods-subsidies",
    renderer: "d3",
    title: `城乡居民养老、医保补助标准：${PLAN}年要提高，提到多少未写`,
    takeaway: "去年分别提高到{val:review-p6-f3}和{val:review-p6-f4}；今年的新标准报告未给出。",
    unit: "元",
  },
  subsidyRows.flatMap((r) => [r.before, r.after]),
  () => slopeChart(subsidyRows, subsidiesOptions("livelihoods-subsidies")),
  ["plan-8-p6"],
);

const steps: StoryStep[] = [
  {
    text: "去年，阳泉城镇新增就业{ind:urban-jobs:2023}，城镇登记失业率{ind:registered-unemployment:2023}。",
    sourceIds: ["review-7"],
    chartId: jobs.id,
    state: { ...dumbbellChart(jobRows, jobsOptions("livelihoods-jobs-s0", 0)), label: `${REVIEW}年实绩` },
  },
  {
    text: "今年的新增就业目标是{ind:urban-jobs:2024}，比去年的实绩略低：这是一个求稳的目标。就业放在民生部分的第一段，“更加突出就业优先导向”。",
    sourceIds: ["plan-p3", "plan-8-p1"],
    chartId: jobs.id,
    state: { ...dumbbellChart(jobRows, jobsOptions("livelihoods-jobs-s1-jobs", 1, ["urban-jobs"])), label: `新增就业：${REVIEW}年实绩与${PLAN}年目标` },
  },
  {
    text: "失业率目标{ind:registered-unemployment:2024}高于去年的实绩，但这不是计划让失业率上升：失业率目标是一条控制线，实际不超过它就算完成，“左右”说明这条线是大致的。另外，这里是“登记失业率”，只算到人社部门登记的城镇失业人员；全国报告的目标是“调查失业率”，口径不同，不能直接比较。",
    sourceIds: ["review-7", "plan-p3"],
    chartId: jobs.id,
    state: { ...dumbbellChart(jobRows, jobsOptions("livelihoods-jobs-s1-rate", 1, ["registered-unemployment"])), label: "城镇登记失业率（%）：目标是上限" },
  },
  {
    text: "民生这一部分写了数字的，只有这几项。先看技能人才：占从业人员比例要“保持在{val:plan-8-p1-f1}”，“以上”是下限。去年的回顾没有给出这个比例，只说“全市技能人才占比均高于全国、全省平均水平”；那一年为{ind:skills-training:2023}提供了职业技能提升培训。",
    sourceIds: ["plan-8-p1", "review-7"],
    chartId: planFigures.id,
    state: { ...targetsBoardChart(planRows, boardOptions("livelihoods-plan-figures-s1", 1, ["skilled-workers-share"])), label: `${PLAN}年目标与${REVIEW}年（技能人才占比突出显示）` },
  },
  {
    text: "学校是今年少数写了数字的任务：新建改扩建寄宿制学校{ind:boarding-schools:2024}，新建改扩建公办幼儿园、认定扶持普惠性民办幼儿园{ind:kindergartens:2024}。去年新建改造寄宿制学校{ind:boarding-schools:2023}；幼儿园没有单列，是和中小学合在一起计的（{val:review-7-f5}）。",
    sourceIds: ["review-7", "plan-8-p2"],
    chartId: schools.id,
    state: { ...countUnitsChart(schoolRows, schoolsOptions("livelihoods-schools-s1", 1)), label: "学校，每格一所" },
  },
  {
    text: "去年，市政府承诺的{val:review-p6-f1}民生实事和{val:review-p6-f2}民生政策提标扩面，报告说“全部兑现”。今年，在办好涉及阳泉的{val:plan-8-p6-f1}省定民生实事的基础上，市政府{fig:plan-8-p6-f2}。",
    sourceIds: ["review-p6", "plan-8-p6"],
    chartId: projects.id,
    state: { ...countUnitsChart(projectRows, projectsOptions("livelihoods-projects-s1", 1)), label: "民生实事，每格一件" },
  },
  {
    text: "新增的实事里，养老和医保都是“提高标准”：提高城乡居民基本养老保险基础养老金最低标准，提高城乡居民基本医疗保险财政补助标准。去年这些补助标准分别提高到{val:review-p6-f3}、{val:review-p6-f4}；今年提到多少，报告未给出。",
    sourceIds: ["review-p6", "plan-8-p6"],
    chartId: subsidies.id,
    state: { ...slopeChart(subsidyRows, subsidiesOptions("livelihoods-subsidies-s1", 1)), label: "补助标准（元）" },
  },
];

export const livelihoods: Story = {
  slug: AREA,
  reportId: REPORT,
  kind: "area",
  areaNo: 8,
  sectionId: "plan-8",
  title: "就业求稳，实事加码，提标多少没有写",
  dek: "报告第八项任务“民生”，数字不多：新增就业目标{ind:urban-jobs:2024}，略低于去年；失业率目标{ind:registered-unemployment:2024}是上限；市里在省定实事之外{fig:plan-8-p6-f2}，其中养老、医保要提标，但新标准没有写。",
  steps,
  charts: [jobs, planFigures, schools, projects, subsidies],
};
