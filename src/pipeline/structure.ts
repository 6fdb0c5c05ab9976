/**
 * Lines → section rows (data/README.md, sections.csv).
 *
 * Rules:
 * - A part heading is a whole line `一、…` of at most 40 characters without 。.
 * - An area heading starts with `（一）…` inside a part; its heading is the text up to the first 。
 *   (headings may be inline with their paragraph, as in the 2023 review).
 * - Paragraphs after an area heading belong to that area until the next heading, except when the
 *   part's areas form one unbroken block of inline headings (Yangquan's and Shanxi's reviews: eight
 *   one-paragraph areas, then closing paragraphs). Then the areas are self-contained and the
 *   paragraphs after the block belong to the part.
 * - Paragraph numbers count within their area, or within their part for part-level paragraphs.
 */
import { parseChineseNumeral } from "../lib/chinese-numerals.ts";
import type { PartKind, SectionRow } from "./types.ts";

export interface SourceLine {
  /** 1-based line number in the seed file. */
  line: number;
  /** Normalised, non-empty text. */
  text: string;
}

export interface PartInfo {
  part_no: number;
  kind: PartKind;
  /** Id prefix: the kind, or `part<N>` for `other` and repeated kinds. */
  name: string;
  heading: string;
  /** Year written in the heading (`2023年工作回顾` → 2023), if any. */
  heading_year: number | null;
}

export interface Structure {
  sections: SectionRow[];
  parts: PartInfo[];
}

const PART_HEADING = /^([一二三四五六七八九十]+)[、.．]\s*([^。]{1,40})$/;
const AREA_HEADING = /^（([一二三四五六七八九十]+)）/;

/** What a part heading says, for headings with or without 一、二、 (工作回顾, 工作安排, 政府自身建设, 总体要求 …). */
const HEADING_WORDS = /工作回顾|发展回顾|工作安排|重点工作|主要工作|工作任务|重点任务|主要任务|目标任务|政府自身建设|总体要求|预期目标|主要目标/;
/** An unnumbered part heading: a short line saying what the part is, with no sentence punctuation. */
const UNNUMBERED_HEADING = /^(?![（(—]|\d+[.、．])[^，。：；！？、,:;!?]{2,30}$/;
/** An appendix or glossary heading: 附件, 附件2, 附件：…, 名词解释, 附：名词解释. */
const APPENDIX_HEADING = /^(?:(?:附件|附表|附录)\s*\d*(?:[：:\s].{0,30})?|(?:附[：:]?\s*)?名词(?:解释|说明))$/;
/** Web-page leftovers after the report's last paragraph (the Shaanxi text ends with 扫一扫在手机打开当前页). */
const WEB_LEFTOVER = /^(?:扫一扫|【?打印|【?关闭|分享到?[:：]?|相关(?:报道|链接|阅读|新闻)|责任编辑|\[?返回|网站地图|版权所有|主办[:：]|上一篇|下一篇)/;

/** Part kind from heading keywords; order matters (回顾 before 任务, 治理 before 安排). */
export function partKind(heading: string): PartKind {
  if (heading.includes("回顾")) return "review";
  if (/政府自身建设|治理|人民满意|服务型政府|法治政府|政府建设/.test(heading)) return "governance";
  if (/安排|任务|重点工作|主要工作|关于\d{4}年(?:的)?工作/.test(heading)) return "plan";
  return "other";
}

/** True for a line that is an unnumbered part heading (2024年工作回顾, 2025年工作安排建议, 加强政府自身建设). */
export function isUnnumberedHeading(text: string): boolean {
  return UNNUMBERED_HEADING.test(text) && HEADING_WORDS.test(text);
}

export function isAppendixHeading(text: string): boolean {
  return APPENDIX_HEADING.test(text);
}

/** The lines without trailing web-page leftovers (and the number of lines dropped). */
export function withoutWebLeftovers(lines: readonly SourceLine[]): SourceLine[] {
  let end = lines.length;
  while (end > 0 && WEB_LEFTOVER.test(lines[end - 1]!.text)) end -= 1;
  return lines.slice(0, end);
}

/** Heading text of an area line: up to (not including) the first 。. */
function areaHeading(text: string): { heading: string; inline: boolean } {
  const stop = text.indexOf("。");
  if (stop === -1 || stop === text.length - 1) return { heading: stop === -1 ? text : text.slice(0, stop), inline: false };
  return { heading: text.slice(0, stop), inline: true };
}

type LineKind = "part" | "area" | "paragraph";

/** Area number of a line inside a part, or null. */
function areaNumber(text: string): number | null {
  const am = AREA_HEADING.exec(text);
  return am ? parseChineseNumeral(am[1]!) : null;
}

/** A part heading found in the text: numbered (一、…), unnumbered (2024年工作回顾) or an appendix (附件, 名词解释). */
export interface HeadingAt {
  no: number;
  title: string;
  appendix: boolean;
}

/**
 * The part headings of a report, by line index.
 * - Numbered headings 一、… are used when there are any before the first appendix; otherwise
 *   unnumbered headings recognised by what they say, numbered 1, 2, 3 in reading order.
 * - An appendix heading (附件, 名词解释) after the first part starts an appendix part; inside
 *   appendices, lines numbered 一、二、 are list items (Yunnan's 十件惠民实事), not parts.
 */
export function findPartHeadings(lines: readonly SourceLine[]): Map<number, HeadingAt> {
  const numbered = new Map<number, HeadingAt>();
  const unnumbered = new Map<number, HeadingAt>();
  let appendixStart = lines.length;
  for (const [i, { text }] of lines.entries()) {
    if ((numbered.size > 0 || unnumbered.size > 0) && isAppendixHeading(text)) {
      appendixStart = i;
      break;
    }
    const ph = parsePartHeading(text);
    if (ph) numbered.set(i, { no: ph.no, title: ph.title, appendix: false });
    else if (isUnnumberedHeading(text)) unnumbered.set(i, { no: unnumbered.size + 1, title: text, appendix: false });
  }
  const heads = numbered.size > 0 ? numbered : unnumbered;
  let last = Math.max(0, ...[...heads.values()].map((h) => h.no));
  for (let i = appendixStart; i < lines.length; i++) {
    if (isAppendixHeading(lines[i]!.text)) heads.set(i, { no: (last += 1), title: lines[i]!.text, appendix: true });
  }
  return heads;
}

/**
 * For each line index: whether an area heading there owns the paragraphs after it.
 * False only for parts whose areas are one unbroken block of inline headings.
 */
function areaOwnership(lines: readonly SourceLine[], heads: Map<number, HeadingAt>): boolean[] {
  const kinds: LineKind[] = [];
  let inPart = false;
  for (const [i, { text }] of lines.entries()) {
    if (heads.has(i)) {
      inPart = !heads.get(i)!.appendix;
      kinds.push("part");
    } else kinds.push(inPart && areaNumber(text) !== null ? "area" : "paragraph");
  }
  const owns = new Array<boolean>(lines.length).fill(true);
  let i = 0;
  while (i < lines.length) {
    let j = i + 1;
    while (j < lines.length && kinds[j] !== "part") j += 1;
    const areas = [...Array(j - i).keys()].map((k) => k + i).filter((k) => kinds[k] === "area");
    const first = areas[0];
    const last = areas[areas.length - 1];
    if (first !== undefined && last !== undefined) {
      const unbroken = last - first + 1 === areas.length;
      const allInline = areas.every((k) => areaHeading(lines[k]!.text).inline);
      if (unbroken && allInline) for (const k of areas) owns[k] = false;
    }
    i = j;
  }
  return owns;
}

export function parsePartHeading(text: string): { no: number; title: string } | null {
  const m = PART_HEADING.exec(text);
  if (!m) return null;
  const no = parseChineseNumeral(m[1]!);
  return no === null ? null : { no, title: m[2]! };
}

/** Ids stay unique whatever the text repeats (a safety net after the part names): a repeated id gets `-dup2`, `-dup3` … in reading order. */
function uniqueIds(sections: SectionRow[]): void {
  const used = new Set(sections.map((s) => s.id));
  const seen = new Set<string>();
  for (const s of sections) {
    if (!seen.has(s.id)) {
      seen.add(s.id);
      continue;
    }
    let k = 2;
    while (used.has(`${s.id}-dup${k}`)) k += 1;
    s.id = `${s.id}-dup${k}`;
    used.add(s.id);
    seen.add(s.id);
  }
}

export function buildStructure(lines: readonly SourceLine[], reportId: string): Structure {
  const sections: SectionRow[] = [];
  const parts: PartInfo[] = [];
  const usedNames = new Set<string>();
  let part: PartInfo = { part_no: 0, kind: "intro", name: "intro", heading: "", heading_year: null };
  let area: { no: number; heading: string; id: string } | null = null;
  let partParas = 0;
  let areaParas = 0;
  let appendices = 0;

  const push = (row: Omit<SectionRow, "report_id" | "order" | "chars">): void => {
    sections.push({ ...row, report_id: reportId, order: sections.length + 1, chars: [...row.text].length });
  };

  const heads = findPartHeadings(lines);
  const owns = areaOwnership(lines, heads);
  for (const [index, { line, text }] of lines.entries()) {
    const ph = heads.get(index);
    if (ph) {
      const kind = ph.appendix ? "appendix" : partKind(ph.title);
      let name = ph.appendix
        ? (appendices += 1) === 1 ? "appendix" : `appendix${appendices}`
        : kind === "other" || usedNames.has(kind) ? `part${ph.no}` : kind;
      // A heading numbered again (an appendix that numbers its own parts) must not reuse an id.
      for (let k = 2; usedNames.has(name); k++) name = `${name.replace(/-dup\d+$/, "")}-dup${k}`;
      usedNames.add(name);
      const year = /(\d{4})\s*年/.exec(ph.title);
      part = { part_no: ph.no, kind, name, heading: text, heading_year: year ? Number(year[1]) : null };
      parts.push(part);
      area = null;
      partParas = 0;
      push({ id: name, line, kind: "part", part_no: part.part_no, part: kind, area_no: null, para_no: null, heading: text, text });
      continue;
    }
    const areaNo = part.part_no > 0 && part.kind !== "appendix" ? areaNumber(text) : null;
    if (areaNo !== null) {
      const { heading } = areaHeading(text);
      const id = `${part.name}-${areaNo}`;
      area = owns[index] ? { no: areaNo, heading, id } : null;
      areaParas = 0;
      push({ id, line, kind: "area", part_no: part.part_no, part: part.kind, area_no: areaNo, para_no: null, heading, text });
      continue;
    }
    if (area) {
      areaParas += 1;
      push({
        id: `${area.id}-p${areaParas}`, line, kind: "paragraph", part_no: part.part_no, part: part.kind,
        area_no: area.no, para_no: areaParas, heading: area.heading, text,
      });
    } else {
      partParas += 1;
      push({
        id: `${part.name}-p${partParas}`, line, kind: "paragraph", part_no: part.part_no, part: part.kind,
        area_no: null, para_no: partParas, heading: part.heading, text,
      });
    }
  }
  uniqueIds(sections);
  return { sections, parts };
}
