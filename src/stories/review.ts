/**
 * The review-year story (`/review/`): the five headline paragraphs (——我们…) and the eight areas of
 * work. Growth rates (%) and differences (个百分点) are separate charts, never one axis; shares the
 * report does not state (sent-out power, local coal) are computed by level-bars and labelled 计算值.
 */
import { countUnitsChart, type CountUnitsRow } from "../charts/count-units";
import { levelBarsChart, type LevelRow } from "../charts/level-bars";
import type { ChartOptions } from "../charts/shared/options";
import type { ChartState } from "../charts/types";
import { loadReport } from "../data/load";
import { isInArea } from "./area-attention";
import { chartDefOf } from "./chart-def";
import { figureIdsOfRows, figureOf, levelRowOf } from "./figure-rows";
import type { ChartDef, Story, StoryStep } from "./types";
import { siteEdition } from "../edition";
import { STORY_WIDTH as WIDTH } from "../specs/widths";

const REPORT = siteEdition().reportId;
const report = loadReport(REPORT);
const { review_year: REVIEW } = report.meta;
const STORY = "review";

type LevelOptions = ChartOptions & { subject?: string };

/** A level-bars ChartDef plus a function for its step states, sharing rows and subject. */
function levelDef(id: string, rows: LevelRow[], subject: string, meta: Pick<ChartDef, "title" | "takeaway" | "unit">) {
  const options: LevelOptions = { width: WIDTH, subject };
  const def = chartDefOf({ id, reportId: REPORT, story: STORY, renderer: "plot", ...meta, figureIds: figureIdsOfRows(rows), render: () => levelBarsChart(rows, { ...options, id }) });
  const state = (step: number, label: string, highlight?: string[]): ChartState => ({
    ...levelBarsChart(rows, { ...options, step, highlight, id: `${id}-s${step}${highlight ? `-${highlight.join("-")}` : ""}` }),
    label,
  });
  return { def, state };
}

// ── The headline paragraph's growth rates (%), and its differences (个百分点) on their own axis.
const growth = levelDef(
  "review-growth",
  [
    levelRowOf(REPORT, "gdp", "地区生产总值", "review-p2-f1"),
    levelRowOf(REPORT, "revenue", "一般公共预算收入", "review-p2-f2"),
    levelRowOf(REPORT, "non-coal", "非煤工业增加值", "review-p2-f3"),
    levelRowOf(REPORT, "manufacturing", "制造业增加值", "review-p2-f5"),
    levelRowOf(REPORT, "emerging", "战新产业增加值", "review-p2-f7"),
  ],
  `${REVIEW}年增速`,
  {
    title: `${REVIEW}年：经济增长慢，新产业增长快`,
    takeaway: "地区生产总值{fig:review-p2-f1}，制造业增加值{fig:review-p2-f5}、战新产业增加值{fig:review-p2-f7}，都快于整体。",
    unit: "增速，%（个百分点的差值另见下图）",
  },
);
const gaps = levelDef(
  "review-gaps",
  [
    levelRowOf(REPORT, "non-coal-vs-coal", "非煤工业快于煤炭工业", "review-p2-f4"),
    levelRowOf(REPORT, "manufacturing-share", "制造业占规上工业比重提高", "review-p2-f6"),
    levelRowOf(REPORT, "emerging-vs-traditional", "战新产业快于传统产业", "review-p2-f8"),
    levelRowOf(REPORT, "services-vs-last-year", "服务业增速高于上年", "review-2-f12"),
  ],
  "差值",
  {
    title: "报告用“个百分点”说的四个差距",
    takeaway: "非煤工业快于煤炭工业{val:review-p2-f4}，战新产业快于传统产业{val:review-p2-f8}：这些是两个增速或比重之差，不是增速本身。",
    unit: "个百分点（差值，不与增速共用坐标轴）",
  },
);

// ── Energy: coal and power, each in its own unit; the parts' shares are computed and labelled.
const coal = levelDef(
  "review-coal",
  [levelRowOf(REPORT, "coal", "全市原煤产量", "review-1-f1"), levelRowOf(REPORT, "coal-local", "其中地方煤矿", "review-1-f2", "coal")],
  "原煤产量",
  {
    title: `${REVIEW}年原煤产量，其中地方煤矿`,
    takeaway: "全市原煤产量{val:review-1-f1}，其中地方煤矿{val:review-1-f2}；图中占比由这两个数相除得出，报告没有写。",
    unit: "万吨；占比为计算值（%）",
  },
);
const power = levelDef(
  "review-power",
  [levelRowOf(REPORT, "generated", "发电量", "review-1-f6"), levelRowOf(REPORT, "sent-out", "外送电量", "review-1-f8", "generated")],
  "发电与外送",
  {
    title: `${REVIEW}年发电量与外送电量`,
    takeaway: "发电量{val:review-1-f6}，外送电量{val:review-1-f8}；外送相当于发电量的多少，是用这两个数算出的计算值。",
    unit: "亿千瓦时；占比为计算值（%）",
  },
);

// ── Policy packages and livelihoods.
const packages = levelDef(
  "review-policy-packages",
  [levelRowOf(REPORT, "recovery", "推动经济持续回升向好", "review-2-f1"), levelRowOf(REPORT, "private-investment", "激活民间投资", "review-2-f2"), levelRowOf(REPORT, "services", "促进服务业迅速复苏", "review-2-f3")],
  "政策措施条数",
  {
    title: `${REVIEW}年出台的三项稳增长政策，按条数`,
    takeaway: "推动经济持续回升向好{val:review-2-f1}、激活民间投资{val:review-2-f2}、促进服务业迅速复苏{val:review-2-f3}。",
    unit: "条",
  },
);
const subsidies = levelDef(
  "review-subsidies",
  [levelRowOf(REPORT, "pension", "城乡居民养老补助标准", "review-p6-f3"), levelRowOf(REPORT, "medical", "城乡居民医保补助标准", "review-p6-f4")],
  "补助标准",
  {
    title: `${REVIEW}年提高后的两项补助标准`,
    takeaway: "城乡居民养老、医保补助标准分别{val:review-p6-f3}、{val:review-p6-f4}。",
    unit: "元",
  },
);

// ── Livelihood commitments kept, counted one square per item (件, 项, 所 — each row its own unit).
const countOf = (key: string, label: string, group: string, figureId: string): CountUnitsRow & { figureId: string } => {
  const f = figureOf(REPORT, figureId);
  return { key, label, group, unit: f.unit, value: { status: "actual", value: f.value, qualifier: f.qualifier || null, figureId: f.id }, figureId: f.id };
};
const livelihoodRows = [
  countOf("projects", "民生实事", "市政府承诺，全部兑现", "review-p6-f1"),
  countOf("policies", "民生政策提标扩面", "市政府承诺，全部兑现", "review-p6-f2"),
  countOf("schools", "新建改扩建中小学、幼儿园", "学校", "review-7-f5"),
  countOf("boarding", "新建改造寄宿制学校", "学校", "review-7-f6"),
];
const livelihoodOptions = { width: WIDTH, subject: "民生承诺与学校（件、项、所）" };
const livelihoods = chartDefOf({
  id: "review-livelihoods",
  reportId: REPORT,
  story: STORY,
  renderer: "d3",
  title: `${REVIEW}年兑现的民生承诺和新建的学校`,
  takeaway: "市政府承诺的{val:review-p6-f1}民生实事和{val:review-p6-f2}民生政策提标扩面全部兑现；新建改造寄宿制学校{val:review-7-f6}。每格代表一件、一项或一所。",
  unit: "件、项、所（每格一个）",
  figureIds: figureIdsOfRows(livelihoodRows),
  render: () => countUnitsChart(livelihoodRows, { ...livelihoodOptions, id: "review-livelihoods" }),
});

// ── Figures per part of the review: the five headline paragraphs, then the eight areas.
const HEADLINES = "开篇五段“——我们……”";
const AREAS = `${REVIEW}年八个方面的工作`;
/** The paragraph's own summary: the clause before the first 。 after its opening ——我们…， */
const headlineLabel = (text: string) => text.split("。")[0]!.split("，").pop()!;
/** An area heading's second clause (（一）牢记嘱托担使命，纵深推进能源革命 → 纵深推进能源革命). */
const areaLabel = (heading: string) => heading.replace(/^（[一二三四五六七八九十]+）/, "").split("，").pop()!;
const reviewParts = report.sections
  .filter((s) => s.part === "review" && ((s.kind === "paragraph" && !s.area_no && s.text.startsWith("——我们")) || s.kind === "area"))
  .sort((a, b) => a.order - b.order);
const partFigures = (id: string) => report.figures.filter((f) => (id.includes("-p") ? f.section_id === id : isInArea(f.section_id, id)));
const countRows: (CountUnitsRow & { figureIds: string[] })[] = reviewParts.map((s) => {
  const ids = partFigures(s.id).map((f) => f.id);
  return {
    key: s.id,
    label: s.kind === "area" ? areaLabel(s.heading) : headlineLabel(s.text),
    group: s.kind === "area" ? AREAS : HEADLINES,
    unit: "个",
    value: { status: "actual", value: ids.length },
    figureIds: ids,
  };
});
const countSubject = "回顾各部分的阿拉伯数字（个）";
const countOptions = { width: WIDTH, subject: countSubject };
const counts = chartDefOf({
  id: "review-figure-counts",
  reportId: REPORT,
  story: STORY,
  renderer: "d3",
  title: "回顾部分的数字都写在哪里",
  takeaway: "“稳增长”一节的数字最多；开篇讲重大项目的一段几乎只有文字。每个方块是原文里的一个阿拉伯数字。",
  unit: "个（每格一个数字）",
  figureIds: countRows.flatMap((r) => r.figureIds),
  extraSourceIds: countRows.map((r) => r.key),
  render: () => countUnitsChart(countRows, { ...countOptions, id: "review-figure-counts" }),
});
function countState(step: number, label: string, highlight?: string[]): ChartState {
  const id = `review-figure-counts-s${step}${highlight ? `-${highlight.join("-")}` : ""}`;
  return { ...countUnitsChart(countRows, { ...countOptions, id, step, highlight }), label };
}
const headlineIds = countRows.filter((r) => r.group === HEADLINES).map((r) => r.key);
const areaIds = countRows.filter((r) => r.group === AREAS).map((r) => r.key);

const steps: StoryStep[] = [
  {
    text: "报告回顾去年，先用五段“——我们……”概括成绩，再分八个方面细说。第一段讲增长：地区生产总值{fig:review-p2-f1}，一般公共预算收入{fig:review-p2-f2}，报告说“实现正增长”。",
    sourceIds: ["review-p2"],
    chartId: growth.def.id,
    state: growth.state(0, `${REVIEW}年增速（%）`, ["gdp", "revenue"]),
  },
  {
    text: "更快的是新产业：非煤工业增加值{fig:review-p2-f3}，制造业增加值{fig:review-p2-f5}，战新产业增加值{fig:review-p2-f7}。",
    sourceIds: ["review-p2"],
    chartId: growth.def.id,
    state: growth.state(0, `${REVIEW}年增速（%）`, ["non-coal", "manufacturing", "emerging"]),
  },
  {
    text: "同一段还用“个百分点”作比较：非煤工业快于煤炭工业{val:review-p2-f4}，制造业占规上工业比重高于上年{val:review-p2-f6}，战新产业快于传统产业{val:review-p2-f8}。这些是差值，单独成图。",
    sourceIds: ["review-p2", "review-2"],
    chartId: gaps.def.id,
    state: gaps.state(0, "差值（个百分点）"),
  },
  {
    text: "八个方面的第一项是能源。全市原煤产量{val:review-1-f1}，其中地方煤矿{val:review-1-f2}，报告说“超额完成省定目标任务”。",
    sourceIds: ["review-1"],
    chartId: coal.def.id,
    state: coal.state(1, "原煤产量（万吨）"),
  },
  {
    text: "发电量{fig:review-1-f6}，外送电量{fig:review-1-f8}。外送占发电量的比例报告没有写，图中的数是用这两个数相除的计算值。",
    sourceIds: ["review-1"],
    chartId: power.def.id,
    state: power.state(1, "发电与外送（亿千瓦时）"),
  },
  {
    text: "稳增长靠一批政策：推动经济持续回升向好{val:review-2-f1}、激活民间投资{val:review-2-f2}、促进服务业迅速复苏{val:review-2-f3}，另外争取中央转移支付资金{val:review-2-f4}。",
    sourceIds: ["review-2"],
    chartId: packages.def.id,
    state: packages.state(0, "政策措施（条）"),
  },
  {
    text: "民生一段：市政府承诺的{val:review-p6-f1}民生实事和{val:review-p6-f2}民生政策提标扩面“全部兑现”；城乡居民养老、医保补助标准分别{val:review-p6-f3}、{val:review-p6-f4}。",
    sourceIds: ["review-p6"],
    chartId: subsidies.def.id,
    state: subsidies.state(0, "补助标准（元）"),
  },
  {
    text: "民生一节还写到学校：新建改扩建{val:review-7-f5}中小学、幼儿园，新建改造{val:review-7-f6}寄宿制学校。",
    sourceIds: ["review-p6", "review-7"],
    chartId: livelihoods.id,
    state: { ...countUnitsChart(livelihoodRows, { ...livelihoodOptions, id: "review-livelihoods-s1" }), label: "民生承诺与学校" },
  },
  {
    text: "数字在回顾里分布不均：开篇讲重大项目的一段，数字只有一处：{val:review-p3-f1}亿元以上工业项目投产；八个方面里，“稳增长”一节的数字最多。连续{val:review-7-f9}杜绝重特大事故这样的安全记录，写在民生一节的末尾。",
    sourceIds: [...headlineIds, ...areaIds],
    chartId: counts.id,
    state: countState(1, "回顾各部分的数字（个）"),
  },
];

export const review: Story = {
  slug: STORY,
  reportId: REPORT,
  kind: "review",
  title: `${REVIEW}年回顾：增长慢下来，新产业快起来`,
  dek: "去年阳泉地区生产总值{fig:review-p2-f1}，制造业增加值{fig:review-p2-f5}。报告的回顾部分数字最密：能源、稳增长、民生，每一项都能对到原文。",
  steps,
  charts: [growth.def, gaps.def, coal.def, power.def, packages.def, subsidies.def, livelihoods, counts],
};
