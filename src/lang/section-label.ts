/**
 * A report paragraph as a reader of a language names it: 回顾（六）第2段 / "review, area 6,
 * paragraph 2". The words are content (src/content/ui/<lang>.yaml, `section.`); Chinese numbers
 * areas with Chinese numerals, other languages with digits.
 */
import type { Section } from "../data/schema";
import { chineseNumeral } from "../lib/chinese-numerals";
import { uiStrings, uiText } from "./ui";

export function sectionLabelIn(lang: string, s: Pick<Section, "part" | "area_no" | "para_no">): string {
  const ui = uiStrings(lang);
  const part = uiText(ui, `section.part.${s.part}`);
  const numeral = s.area_no === null ? "" : lang.toLowerCase().startsWith("zh") ? chineseNumeral(s.area_no) : String(s.area_no);
  const area = s.area_no === null ? "" : uiText(ui, "section.area", { numeral });
  const paragraph = s.para_no === null ? "" : uiText(ui, "section.paragraph", { n: s.para_no });
  if (area && paragraph) return uiText(ui, "section.part_area_paragraph", { part, area, paragraph });
  if (area) return uiText(ui, "section.part_area", { part, area });
  if (paragraph) return uiText(ui, "section.part_paragraph", { part, paragraph });
  return part;
}
