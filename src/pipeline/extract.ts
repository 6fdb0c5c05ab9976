/** Report text → sections and figures. Pure; throws InputError for a report with no structure (unless loose). */
import { findFigures } from "./figures.ts";
import { InputError } from "./manifest.ts";
import { normalizeFile, normalizeLine } from "./normalize.ts";
import { figureScope, paragraphCue, partScope, type Scope, type Years } from "./periods.ts";
import { SENTENCE_CAP, sentenceAt } from "./sentence.ts";
import { buildStructure, withoutWebLeftovers, type PartInfo, type SourceLine } from "./structure.ts";
import type { FigureRow, ReportMeta, SectionRow } from "./types.ts";

export interface Extraction {
  sections: SectionRow[];
  figures: FigureRow[];
  /** Things the maintainer should know that do not stop the extraction (file:line: message). */
  warnings: string[];
}

export interface ExtractOptions {
  /** When no part heading is found, extract every figure anyway, with blank period and status. */
  loose?: boolean;
}

/** Year a part describes: manifest first, then the part headings, then next to each other. */
function partYears(parts: readonly PartInfo[], meta: ReportMeta): Years {
  const fromHeading = (kind: string): number | null => parts.find((p) => p.kind === kind && p.heading_year !== null)?.heading_year ?? null;
  const headingPlan = fromHeading("plan");
  const review = meta.review_year ?? fromHeading("review") ?? (headingPlan !== null ? headingPlan - 1 : null);
  const plan = meta.plan_year ?? headingPlan ?? (review !== null ? review + 1 : null);
  return { review, plan };
}

export function sourceLines(text: string): SourceLine[] {
  return normalizeFile(text)
    .split("\n")
    .map((raw, i) => ({ line: i + 1, text: normalizeLine(raw) }))
    .filter((l) => l.text !== "");
}

/** The first line of the body: the first that reads like a paragraph (a sentence end, not the salutation). */
function firstBodyLine(lines: readonly SourceLine[]): SourceLine {
  return lines.find((l) => /[。！？]/.test(l.text) && !/^各位代表/.test(l.text)) ?? lines[0]!;
}

const NO_STRUCTURE = (file: string, l: SourceLine): string =>
  `${file}:${l.line}: no part heading found before this paragraph ("${l.text.slice(0, 20)}…"); ` +
  `expected a heading line such as "一、2024年工作回顾" or "2024年工作回顾" (also 工作安排 / 重点工作 / 主要任务 / ` +
  `总体要求 / 政府自身建设), or run extract with --loose to take every figure without period and status`;

/** A list number that the previous paragraph implies (it was item N-1), for glued enumerators such as 8.6个. */
function nextListNo(previous: string | undefined): number | null {
  const m = previous === undefined ? null : /^(\d{1,2})[.、．](?!\d)/.exec(previous);
  return m ? Number(m[1]) + 1 : null;
}

export function extractReport(text: string, meta: ReportMeta, file = meta.file, options: ExtractOptions = {}): Extraction {
  const lines = withoutWebLeftovers(sourceLines(text));
  if (lines.length === 0) throw new InputError(`${file}: the report is empty`);
  const { sections, parts } = buildStructure(lines, meta.id);
  if (parts.length === 0 && !options.loose) throw new InputError(NO_STRUCTURE(file, firstBodyLine(lines)));
  const years = partYears(parts, meta);
  const figures: FigureRow[] = [];
  const warnings: string[] = [];
  const partByNo = new Map(parts.map((p) => [p.part_no, p]));
  let scope: Scope = { period: null, status: "" };
  let cues: "all" | "strong" | "none" = "none";
  let previousText: string | undefined;
  for (const s of sections) {
    if (s.kind === "part") {
      const ps = partByNo.get(s.part_no);
      ({ scope, cues } = ps ? partScope(ps, years) : { scope: { period: null, status: "" }, cues: "none" });
    } else {
      scope = paragraphCue(s.text, years, cues) ?? scope;
    }
    let capped = false;
    findFigures(s.text, { listNo: nextListNo(previousText) }).forEach((f, k) => {
      const sentence = sentenceAt(s.text, f.offset, f.offset + f.quote.length);
      capped ||= sentence.capped;
      const own = s.part === "intro" || s.part === "appendix" ? scope : figureScope(s.text, f.offset, scope, years);
      figures.push({
        ...f,
        id: `${s.id}-f${k + 1}`,
        report_id: meta.id,
        section_id: s.id,
        order: figures.length + 1,
        sentence: sentence.text,
        period: own.period,
        status: own.status,
      });
    });
    if (capped) {
      warnings.push(`${file}:${s.line}: a sentence longer than ${SENTENCE_CAP} characters with no 。！？； — the sentence of each of its figures is cut to the clauses around the figure (marked …)`);
    }
    previousText = s.text;
  }
  return { sections, figures, warnings };
}
