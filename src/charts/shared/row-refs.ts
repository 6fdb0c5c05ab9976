/**
 * The figures a chart's input row shows, read from the row itself so every chart carries them
 * the same way: each stated value's `figureId` (with its `reportId`), or the row's own `figureId`.
 * A row that shows no figure (not stated, or a computed count) names the paragraphs it comes from
 * (`sourceIds` or `sectionId`), or nothing. Never matched by text.
 */
import type { FigureRef, RowRef } from "../types";

type Loose = Record<string, unknown>;

function statedRef(v: unknown): FigureRef | undefined {
  if (!v || typeof v !== "object") return undefined;
  const o = v as Loose;
  if (o.status === "not_stated" || typeof o.figureId !== "string" || o.figureId === "") return undefined;
  return { figureId: o.figureId, reportId: typeof o.reportId === "string" ? o.reportId : null };
}

export function rowRefOf(row: object): RowRef {
  const o = row as Loose;
  const figures: FigureRef[] = [];
  const own = statedRef(o);
  if (own && typeof o.value === "number") figures.push(own);
  const add = (ref: FigureRef | undefined) => {
    if (ref && !figures.some((f) => f.figureId === ref.figureId && f.reportId === ref.reportId)) figures.push(ref);
  };
  for (const v of Object.values(o)) {
    const ref = statedRef(v);
    add(ref);
    // A group of stated values (a row's national pair) is read one level down.
    if (!ref && v && typeof v === "object" && !Array.isArray(v)) for (const w of Object.values(v as Loose)) add(statedRef(w));
  }
  const sectionIds = Array.isArray(o.sourceIds) ? o.sourceIds.filter((s): s is string => typeof s === "string") : typeof o.sectionId === "string" ? [o.sectionId] : [];
  return { figures, sectionIds };
}

export function rowRefsOf(rows: readonly object[]): RowRef[] {
  return rows.map(rowRefOf);
}
