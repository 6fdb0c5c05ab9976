/** A reader-facing name for a report paragraph, built from its sections.csv row. Chinese only: an English edition needs its part names from the edition. */
import type { Section } from "../data/schema";
import { chineseNumeral } from "../lib/chinese-numerals";

const PART_NAMES: Record<Section["part"], string> = {
  intro: "开篇",
  review: "回顾",
  plan: "部署",
  governance: "政府建设",
  other: "其他",
  appendix: "附件",
};

/** "回顾（六）", "部署（六）第2段", "回顾 第3段", "开篇 第1段". */
export function sectionLabel(s: Pick<Section, "part" | "area_no" | "para_no">): string {
  const area = s.area_no !== null ? `（${chineseNumeral(s.area_no)}）` : "";
  const para = s.para_no !== null ? `第${s.para_no}段` : "";
  return `${PART_NAMES[s.part]}${area}${area && para ? "" : para ? " " : ""}${para}`;
}
