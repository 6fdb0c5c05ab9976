/**
 * 2024 work area 7, 污染防治生态修复. The plan states one figure (营造林); the air results are the
 * review's, and the 2024 cards say 未提及 rather than inventing targets. The plan's commitments are a
 * grid of names as written (each checked against its paragraph), and its verbs are counted.
 */
import { commitmentGridChart, type CommitmentRow } from "../charts/commitment-grid";
import { targetsBoardChart } from "../charts/targets-board";
import type { ChartState } from "../charts/types";
import { wordFrequencyChart, type WordFrequencyRow } from "../charts/word-frequency";
import { countTerms } from "../analysis/terms";
import { loadReport } from "../data/load";
import { chartDefOf } from "./chart-def";
import { figureOf, paragraphIdsOf, sectionTexts } from "./figure-rows";
import { actualVsTarget, rowFigureIds } from "./indicator-rows";
import type { Story, StoryStep } from "./types";
import { siteEdition } from "../edition";
import { STORY_WIDTH as WIDTH } from "../specs/widths";

const REPORT = siteEdition().reportId;
const { review_year: REVIEW, plan_year: PLAN } = loadReport(REPORT).meta;
const AREA = "ecology";
const SECTION = "plan-7";

const CARD_LABELS = {
  pm25: "PM2.5浓度",
  "good-air-days-share": "优良天数比例",
  "air-quality-rank-move": "空气质量排名前移",
  afforestation: "营造林",
};
const cardRows = actualVsTarget(Object.keys(CARD_LABELS), REPORT, CARD_LABELS);
function boardOptions(id: string, step?: number, highlight?: string[]) {
  return { area: AREA, width: WIDTH, actualYear: REVIEW, targetYear: PLAN, id, step, highlight } as const;
}
const board = chartDefOf({
  id: "ecology-air-cards",
  reportId: REPORT,
  story: AREA,
  renderer: "d3",
  title: `空气：${REVIEW}年有成绩，${PLAN}年没有目标`,
  takeaway: "去年细颗粒物浓度{fig:review-p5-f6}，优良天数比例{val:review-p5-f7}；今年报告没有给出这两项的目标（{ind:pm25:2024}），唯一的数字是营造林{val:plan-7-p3-f1}。",
  unit: "微克/立方米、%、位、万亩（各卡片单位不同，不共用坐标轴）",
  figureIds: rowFigureIds(cardRows),
  render: () => targetsBoardChart(cardRows, boardOptions("ecology-air-cards")),
});

/**
 * Named commitments, one theme per paragraph (its lead clause). A `name` must occur in its paragraph
 * exactly as written; the one with a figure is built from that figure's quote.
 */
const afforestation = figureOf(REPORT, "plan-7-p3-f1");
const COMMITMENTS: { sectionId: string; theme: string; names: string[] }[] = [
  {
    sectionId: "plan-7-p2",
    theme: "打好污染防治攻坚战",
    names: ["国家空气质量改善行动计划", "“净厂”行动", "机动车清洁运输攻坚战", "入河排污口“查、测、溯、治”", "全面完成雨污分流改造", "土壤污染源头防控行动"],
  },
  {
    sectionId: "plan-7-p3",
    theme: "推进生态保护修复",
    names: ["“两河四山一泉域”生态修复", "太行山生态保护和修复", "“三北”防护林建设", "历史遗留废弃矿山生态修复工程", "采煤沉陷区综合治理", `完成营造林${afforestation.quote}`],
  },
  {
    sectionId: "plan-7-p4",
    theme: "做好双碳工作",
    names: ["碳达峰碳中和“1+X”政策体系", "碳达峰阳泉行动", "减污降碳协同创新试点", "高新区零碳产业示范园区", "碳排放权、用能权、用水权、排污权市场化交易"],
  },
];
const ONE_PLUS_X = "碳达峰碳中和“1+X”政策体系";

/** The grid rows, each name checked against its paragraph; every miss is listed at once. */
function commitmentRowsOf(): CommitmentRow[] {
  const texts = new Map(COMMITMENTS.map((c) => [c.sectionId, sectionTexts(REPORT, [c.sectionId])[0]!]));
  const missing = COMMITMENTS.flatMap((c) => c.names.filter((n) => !texts.get(c.sectionId)!.includes(n)).map((n) => `"${n}" not in ${c.sectionId}`));
  if (missing.length > 0) throw new Error(`ecology commitments must be quoted as written — data/${REPORT}/sections.csv: ${missing.join("; ")}`);
  return COMMITMENTS.flatMap((c) => c.names.map((name) => ({ theme: c.theme, name, sectionId: c.sectionId })));
}
const commitmentRows = commitmentRowsOf();
const grid = chartDefOf({
  id: "ecology-commitments",
  reportId: REPORT,
  story: AREA,
  renderer: "d3",
  title: `${PLAN}年点名的行动、工程和试点`,
  takeaway: "污染防治、生态修复和双碳三段，承诺多是行动和工程的名称；带数字的只有营造林{val:plan-7-p3-f1}。",
  unit: "无（名称，原文照录）",
  figureIds: [afforestation.id],
  extraSourceIds: COMMITMENTS.map((c) => c.sectionId),
  render: () => commitmentGridChart(commitmentRows, { area: AREA, width: WIDTH, id: "ecology-commitments" }),
});

/** Verbs of doing (process) against the verb of having done (result), counted in the area's paragraphs. */
const VERBS = [
  ...["推进", "加强", "实施", "开展", "落实", "强化", "持续", "坚持", "推动"].map((term) => ({ term, group: "过程" })),
  { term: "完成", group: "结果" },
];
const verbParagraphs = paragraphIdsOf(REPORT, SECTION);
const verbRows: WordFrequencyRow[] = countTerms(sectionTexts(REPORT, verbParagraphs), VERBS)
  .filter((c) => c.count > 0)
  .map(({ term, group, count }) => ({ term, group, count }));
const verbSubject = `${PLAN}年“污染防治生态修复”一节的动词`;
const verbs = chartDefOf({
  id: "ecology-verbs",
  reportId: REPORT,
  story: AREA,
  renderer: "plot",
  title: "推进、加强、实施多，完成少",
  takeaway: "这一节里，表示过程的动词远多于表示结果的“完成”；“完成”用在雨污分流改造和营造林上。",
  unit: "出现次数",
  figureIds: [],
  extraSourceIds: verbParagraphs,
  render: () => wordFrequencyChart(verbRows, { area: AREA, width: WIDTH, id: "ecology-verbs", subject: verbSubject }),
});

function boardState(step: number, highlight: string[], label: string): ChartState {
  return { ...targetsBoardChart(cardRows, boardOptions(`ecology-air-cards-s${step}-${highlight.join("-")}`, step, highlight)), label };
}
/**
 * One paragraph's commitments at a time: the whole grid is too tall for a phone's sticky graphic,
 * so a step shows its own theme (the full grid is the chart's render, for embeds and downloads).
 */
function gridState(sectionId: string, highlight: string[] | undefined, label: string): ChartState {
  const rows = commitmentRows.filter((r) => r.sectionId === sectionId);
  const id = `ecology-commitments-${sectionId}${highlight ? "-hl" : ""}`;
  return { ...commitmentGridChart(rows, { area: AREA, width: WIDTH, highlight, id }), label };
}

const steps: StoryStep[] = [
  {
    text: "去年阳泉的细颗粒物浓度{fig:review-p5-f6}，报告称“创有记录以来最好水平”。",
    sourceIds: ["review-p5"],
    chartId: board.id,
    state: boardState(1, ["pm25"], `${REVIEW}年实绩`),
  },
  {
    text: "空气质量综合指数在全国{val:review-p5-f4}重点城市中排名{fig:review-p5-f5}，改善率全省第一；优良天数比例连续三年稳定在{val:review-p5-f7}，国考断面{val:review-p5-f8}达到优良水体。",
    sourceIds: ["review-p5"],
    chartId: board.id,
    state: boardState(1, ["good-air-days-share", "air-quality-rank-move"], `${REVIEW}年实绩`),
  },
  {
    text: "今年呢？报告没有给出细颗粒物浓度、优良天数或排名的目标，卡片上记为“未提及”。这一节唯一的数字目标是完成营造林{val:plan-7-p3-f1}。",
    sourceIds: ["plan-7-p2", "plan-7-p3"],
    chartId: board.id,
    state: boardState(0, ["afforestation"], `${PLAN}年目标`),
  },
  {
    text: "取代数字的是一串行动名称：全面落实国家空气质量改善行动计划，持续开展“净厂”行动，打好机动车清洁运输攻坚战，入河排污口“查、测、溯、治”，全面完成雨污分流改造。",
    sourceIds: ["plan-7-p2"],
    chartId: grid.id,
    state: gridState("plan-7-p2", undefined, "打好污染防治攻坚战"),
  },
  {
    text: "生态修复一段也是工程名：“两河四山一泉域”、太行山、“三北”防护林、历史遗留废弃矿山、采煤沉陷区。全节唯一的数字目标也在这里：完成营造林{val:plan-7-p3-f1}。",
    sourceIds: ["plan-7-p3"],
    chartId: grid.id,
    state: gridState("plan-7-p3", [`完成营造林${afforestation.quote}`], "推进生态保护修复"),
  },
  {
    text: "双碳一段同样如此：碳达峰阳泉行动、减污降碳协同创新试点、零碳产业示范园区。第一项的名称里带一个数字，那是政策体系的名字，不是要完成的量。",
    sourceIds: ["plan-7-p4"],
    chartId: grid.id,
    state: gridState("plan-7-p4", [ONE_PLUS_X], "做好双碳工作：政策体系的名称"),
  },
  {
    text: "数一数这一节的动词：推进、加强、实施、开展，都是描述过程的词；表示结果的“完成”只用在雨污分流改造和营造林上。",
    sourceIds: verbParagraphs,
    chartId: verbs.id,
    state: { ...wordFrequencyChart(verbRows, { area: AREA, width: WIDTH, step: 1, highlight: ["完成"], id: "ecology-verbs-s1", subject: verbSubject }), label: "动词出现次数" },
  },
];

export const ecology: Story = {
  slug: AREA,
  reportId: REPORT,
  kind: "area",
  areaNo: 7,
  sectionId: SECTION,
  title: "空气创下最好纪录，今年却没有写下空气目标",
  dek: "去年细颗粒物浓度{fig:review-p5-f6}，为有记录以来最好。今年“污染防治生态修复”一节只有一个数字目标——营造林{val:plan-7-p3-f1}；空气质量的目标报告未给出。",
  steps,
  charts: [board, grid, verbs],
};
