/** Report text → sections and figures. Pure; throws InputError for a report with no structure. */
import { findFigures } from "./figures.ts";
import { InputError } from "./manifest.ts";
import { normalizeFile, normalizeLine } from "./normalize.ts";
import { sentenceAt } from "./sentence.ts";
import { buildStructure, type PartInfo, type SourceLine } from "./structure.ts";
import type { FigureRow, ManifestRow, SectionRow } from "./types.ts";

export interface Extraction {
  sections: SectionRow[];
  figures: FigureRow[];
}

/** Year a part describes: manifest first, then the part heading, then next to the review year. */
function partYears(parts: readonly PartInfo[], meta: ManifestRow): { review: number | null; plan: number | null } {
  const fromHeading = (kind: string): number | null => parts.find((p) => p.kind === kind)?.heading_year ?? null;
  const review = meta.review_year ?? fromHeading("review");
  const plan = meta.plan_year ?? fromHeading("plan") ?? (review !== null ? review + 1 : null);
  return { review, plan };
}

export function sourceLines(text: string): SourceLine[] {
  return normalizeFile(text)
    .split("\n")
    .map((raw, i) => ({ line: i + 1, text: normalizeLine(raw) }))
    .filter((l) => l.text !== "");
}

export function extractReport(text: string, meta: ManifestRow, file = meta.file): Extraction {
  const lines = sourceLines(text);
  if (lines.length === 0) throw new InputError(`${file}: the report is empty`);
  const { sections, parts } = buildStructure(lines, meta.id);
  if (parts.length === 0) {
    throw new InputError(`${file}:${lines[0]!.line}: no part heading found (expected a line like "一、2023年工作回顾")`);
  }
  const years = partYears(parts, meta);
  const figures: FigureRow[] = [];
  for (const s of sections) {
    const period = s.part === "review" ? years.review : s.part === "plan" ? years.plan : null;
    const status = s.part === "review" ? "actual" : s.part === "plan" ? "target" : "";
    findFigures(s.text).forEach((f, k) => {
      figures.push({
        ...f,
        id: `${s.id}-f${k + 1}`,
        report_id: meta.id,
        section_id: s.id,
        order: figures.length + 1,
        sentence: sentenceAt(s.text, f.offset, f.offset + f.quote.length),
        period,
        status,
      });
    });
  }
  return { sections, figures };
}
