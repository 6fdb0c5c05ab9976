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

const PART_HEADING = /^([一二三四五六七八九十]+)、([^。]{1,40})$/;
const AREA_HEADING = /^（([一二三四五六七八九十]+)）/;

/** Part kind from heading keywords; order matters (回顾 before 任务, 治理 before 安排). */
export function partKind(heading: string): PartKind {
  if (heading.includes("回顾")) return "review";
  if (/政府自身建设|治理/.test(heading)) return "governance";
  if (/安排|任务/.test(heading)) return "plan";
  return "other";
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

/**
 * For each line index: whether an area heading there owns the paragraphs after it.
 * False only for parts whose areas are one unbroken block of inline headings.
 */
function areaOwnership(lines: readonly SourceLine[]): boolean[] {
  const kinds: LineKind[] = [];
  let inPart = false;
  for (const { text } of lines) {
    if (parsePartHeading(text)) {
      inPart = true;
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

export function buildStructure(lines: readonly SourceLine[], reportId: string): Structure {
  const sections: SectionRow[] = [];
  const parts: PartInfo[] = [];
  const usedNames = new Set<string>();
  let part: PartInfo = { part_no: 0, kind: "intro", name: "intro", heading: "", heading_year: null };
  let area: { no: number; heading: string; id: string } | null = null;
  let partParas = 0;
  let areaParas = 0;

  const push = (row: Omit<SectionRow, "report_id" | "order" | "chars">): void => {
    sections.push({ ...row, report_id: reportId, order: sections.length + 1, chars: [...row.text].length });
  };

  const owns = areaOwnership(lines);
  for (const [index, { line, text }] of lines.entries()) {
    const ph = parsePartHeading(text);
    if (ph) {
      const kind = partKind(ph.title);
      const name = kind === "other" || usedNames.has(kind) ? `part${ph.no}` : kind;
      usedNames.add(name);
      const year = /(\d{4})年/.exec(ph.title);
      part = { part_no: ph.no, kind, name, heading: text, heading_year: year ? Number(year[1]) : null };
      parts.push(part);
      area = null;
      partParas = 0;
      push({ id: name, line, kind: "part", part_no: part.part_no, part: kind, area_no: null, para_no: null, heading: text, text });
      continue;
    }
    const areaNo = part.part_no > 0 ? areaNumber(text) : null;
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
  return { sections, parts };
}
