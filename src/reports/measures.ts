/** Reader-facing Chinese names of the figures.csv words (measure, status), one place for all pages. */
import type { Figure } from "../data/schema";

export const MEASURE_ZH: Record<Figure["measure"], string> = {
  growth: "增速",
  pp: "百分点变化",
  share: "比重/比率",
  multiple: "倍数",
  rank: "排名",
  count: "个数",
  level: "总量",
  ratio: "比例",
  other: "其他",
};

export const STATUS_ZH: Record<Exclude<Figure["status"], "">, string> = {
  actual: "实际",
  target: "目标",
};
