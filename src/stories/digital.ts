/**
 * 2024 work area 3, 数智新城: a coal city's digital bet. The 2023 base (servers, entities, core-industry
 * growth) against a plan that counts firms, pilots and green power but sets no growth target for the
 * core digital industry. Firms are drawn one dot each; “以上/余” counts are floors, drawn as such.
 */
import { countDotsChart, type CountDotsRow } from "../charts/count-dots";
import { growthBarsChart } from "../charts/growth-bars";
import { targetsBoardChart } from "../charts/targets-board";
import { wordFrequencyChart } from "../charts/word-frequency";
import { countGroups, countTerms } from "../analysis/terms";
import { loadReport } from "../data/load";
import { countRow, growthFigureIds, growthRows } from "./area-kit";
import { chartDefOf } from "./chart-def";
import { figureIdsOfRows } from "./figure-rows";
import { actualVsTarget, rowFigureIds } from "./indicator-rows";
import type { Story, StoryStep } from "./types";
import { siteEdition } from "../edition";
import { STORY_WIDTH as WIDTH } from "../specs/widths";

const REPORT = siteEdition().reportId;
const { review_year: REVIEW, plan_year: PLAN } = loadReport(REPORT).meta;
const AREA = "digital";

const GROWTH_LABELS = { gdp: "地区生产总值", "digital-core-industry-va": "数字经济核心产业" };
const growth = growthRows(Object.keys(GROWTH_LABELS), REPORT, GROWTH_LABELS);
function growthOptions(id: string, step?: number, highlight?: string[]) {
  return { area: AREA, width: WIDTH, actualYear: REVIEW, targetYear: PLAN, id, step, highlight } as const;
}
const growthChart = chartDefOf({
  id: "digital-growth",
  reportId: REPORT,
  story: AREA,
  renderer: "plot",
  title: `数字经济核心产业：${REVIEW}年跑赢全市，${PLAN}年没有增速目标`,
  takeaway: "核心产业增加值去年{fig:review-p4-f4}，快于地区生产总值的{ind:gdp:2023}；今年报告没有给它定增速目标。",
  unit: "增速，%",
  figureIds: growthFigureIds(growth),
  render: () => growthBarsChart(growth, growthOptions("digital-growth")),
});

/** Firms in the two digital parks: the 2023 total signed up, then each park's 2024 floor of new firms. */
const firmRows: CountDotsRow[] = [
  countRow("digital-parks-firms", REPORT, REVIEW, `${REVIEW}年 两园区累计签约入驻`),
  countRow("cec-park-new-firms", REPORT, PLAN, `${PLAN}年 中电数字产业园新入驻`),
  countRow("no7-new-firms", REPORT, PLAN, `${PLAN}年 智创城NO.7新引进`),
];
const FIRMS_SUBJECT = "两个数字园区的企业";
function firmsState(step: number, label: string) {
  return { ...countDotsChart(firmRows, { subject: FIRMS_SUBJECT, area: AREA, width: WIDTH, step, id: `digital-firms-s${step}` }), label };
}
const firms = chartDefOf({
  id: "digital-firms",
  reportId: REPORT,
  story: AREA,
  renderer: "d3",
  title: "一个点一家企业：两个数字园区",
  takeaway: "去年两园区累计签约入驻企业{fig:review-p4-f2}；今年中电数字产业园新入驻{val:plan-3-p3-f1}，智创城新引进{val:plan-3-p3-f2}。",
  unit: "家（一个点代表一家；空心点表示“以上”“余”）",
  figureIds: figureIdsOfRows(firmRows),
  render: () => countDotsChart(firmRows, { subject: FIRMS_SUBJECT, area: AREA, width: WIDTH, id: "digital-firms" }),
});

const BOARD_LABELS = {
  "smart-manufacturing-pilots": "省级智能制造试点示范企业（新认定）",
  "green-power-supply": "高新区绿电供给（年底前）",
};
const boardRows = actualVsTarget(Object.keys(BOARD_LABELS), REPORT, BOARD_LABELS);
function boardOptions(id: string, step?: number) {
  return { area: AREA, width: WIDTH, actualYear: REVIEW, targetYear: PLAN, id, step } as const;
}
const boardFigureIds = rowFigureIds(boardRows);
const board = chartDefOf({
  id: "digital-empowerment",
  reportId: REPORT,
  story: AREA,
  renderer: "d3",
  title: `数智赋能：${PLAN}年的两个下限`,
  takeaway: "新认定省级智能制造试点示范企业{val:plan-3-p4-f1}，年底前绿电供给{val:plan-3-p4-f2}，都是“以上”；去年的对应数字报告未给出。",
  unit: "户；亿千瓦时（卡片各用各的单位）",
  figureIds: boardFigureIds,
  render: () => targetsBoardChart(boardRows, boardOptions("digital-empowerment")),
});

/**
 * The plan's vocabulary: how often each word of the digital bet occurs in the area's paragraphs.
 * Counted as substrings (src/analysis/terms.ts), so 智能 inside 智能制造 counts.
 */
const VOCABULARY = [
  { term: "数字", group: "数字" },
  { term: "数据", group: "数字" },
  { term: "智能", group: "智" },
  { term: "智慧", group: "智" },
  { term: "智算", group: "智" },
  { term: "数智", group: "智" },
  { term: "算力", group: "基建" },
  { term: "卫星", group: "新赛道" },
  { term: "半导体", group: "新赛道" },
  { term: "人才", group: "生态" },
];
const areaParagraphs = loadReport(REPORT).sections.filter((s) => s.kind === "paragraph" && s.part === "plan" && s.area_no === 3);
const termRows = countTerms(areaParagraphs.map((s) => s.text), VOCABULARY).map((c) => ({ term: c.term, count: c.count, group: c.group }));
const ZHI_TERMS = VOCABULARY.filter((v) => v.group === "智").map((v) => v.term);
/** The copy says the 智 words together outnumber every other group: checked, not assumed. */
const groupTotals = countGroups(countTerms(areaParagraphs.map((s) => s.text), VOCABULARY));
if (groupTotals[0]?.group !== "智" || groupTotals[1]?.count === groupTotals[0]?.count) {
  throw new Error(`digital story: copy says the 智 words lead, but the group counts are ${groupTotals.map((g) => `${g.group} ${g.count}`).join(", ")}`);
}
const WORDS_SUBJECT = `${PLAN}年“数智新城”一节的用词`;
const words = chartDefOf({
  id: "digital-words",
  reportId: REPORT,
  story: AREA,
  renderer: "plot",
  title: "“智”字当头：这一节反复出现的词",
  takeaway: "带“智”的词（智能、智慧、智算、数智）合起来，比“数字”“数据”出现得多。",
  unit: "次（按报告原文计数）",
  figureIds: [],
  extraSourceIds: areaParagraphs.map((s) => s.id),
  render: () => wordFrequencyChart(termRows, { subject: WORDS_SUBJECT, area: AREA, width: WIDTH, id: "digital-words" }),
});

const steps: StoryStep[] = [
  {
    text: "阳泉的数字底子来自去年：服务器装机能力{ind:server-capacity:2023}，算力水平全省领先；数字经济经营主体{ind:digital-economy-entities:2023}；核心产业增加值{fig:review-p4-f4}，排全省第二，比全市地区生产总值的{ind:gdp:2023}快得多。",
    sourceIds: ["review-p4", "review-p2"],
    chartId: growthChart.id,
    state: { ...growthBarsChart(growth, growthOptions("digital-growth-s0", 0)), label: `${REVIEW}年增速` },
  },
  {
    text: "今年全市地区生产总值目标{fig:plan-p3-f1}，数字经济核心产业却没有增速目标，报告未给出。它承诺的是“建立数字经济核心产业高质量发展考核机制”。",
    sourceIds: ["plan-p3", "plan-3-p6"],
    chartId: growthChart.id,
    state: { ...growthBarsChart(growth, growthOptions("digital-growth-s1", 1, ["digital-core-industry-va"])), label: `${PLAN}年目标：核心产业未提及` },
  },
  {
    text: "企业是看得见的指标。去年，中电数字产业园和智创城两个园区累计签约入驻企业{fig:review-p4-f2}，图中一个点代表一家；“余”说明实际更多，所以最后画成空心点。",
    sourceIds: ["review-p4"],
    chartId: firms.id,
    state: firmsState(0, `${REVIEW}年两园区累计`),
  },
  {
    text: "今年，中电数字产业园新入驻企业{fig:plan-3-p3-f1}，智创城新引进企业{fig:plan-3-p3-f2}。注意口径：去年是“累计签约入驻”，今年是“新入驻”“新引进”，不能简单相加。",
    sourceIds: ["plan-3-p3"],
    chartId: firms.id,
    state: firmsState(2, `${PLAN}年两园区新增（下限）`),
  },
  {
    text: "数智赋能给了两个下限：新认定省级智能制造试点示范企业{fig:plan-3-p4-f1}，高新区年底前实现{val:plan-3-p4-f2}绿电供给，打造全省首批绿电示范园区。",
    sourceIds: ["plan-3-p4"],
    chartId: board.id,
    state: { ...targetsBoardChart(boardRows, boardOptions("digital-empowerment-s0", 0)), label: `${PLAN}年目标` },
  },
  {
    text: "其余多是方向和项目：百度云计算中心升级智算中心，云峰大数据智算中心建成投运，对接卫星互联网，延伸蓝宝石材料、打造新型半导体产业。数一数用词，带“智”的词合起来出现得最多。",
    sourceIds: ["plan-3-p2", "plan-3-p3", "plan-3-p5"],
    chartId: words.id,
    state: { ...wordFrequencyChart(termRows, { subject: WORDS_SUBJECT, area: AREA, width: WIDTH, step: 1, highlight: ZHI_TERMS, id: "digital-words-s1" }), label: "“智”字词" },
  },
];

export const digital: Story = {
  slug: AREA,
  reportId: REPORT,
  kind: "area",
  areaNo: 3,
  sectionId: "plan-3",
  title: "煤城押注数字：企业数有目标，核心产业增速没有",
  dek: "报告第三项任务“数智新城全面升级”。去年数字经济核心产业增加值{fig:review-p4-f4}，排全省第二；今年的目标落在企业和试点上：两个园区新增企业{val:plan-3-p3-f1}和{val:plan-3-p3-f2}，核心产业的增速目标则没有写。",
  steps,
  charts: [growthChart, firms, board, words],
};
