/**
 * How much of the report each work area gets: characters (sections.csv `chars`, summed over the area's
 * heading and paragraphs) and Arabic-digit figures (figures.csv rows standing in those sections).
 * Pure: the caller passes the rows, so the same function counts any report's areas.
 */
import type { AttentionRow } from "../charts/attention";

export interface AttentionInput {
  areas: readonly { area_no: number; slug: string; section_id: string; short_zh: string }[];
  sections: readonly { id: string; chars: number }[];
  figures: readonly { id: string; section_id: string }[];
}

/** Whether section `id` is the area heading `areaId` or one of its paragraphs (`plan-6`, `plan-6-p2`). */
export function isInArea(id: string, areaId: string): boolean {
  return id === areaId || id.startsWith(`${areaId}-`);
}

export interface AreaAttention extends AttentionRow {
  /** The figures counted, in file order, so a chart can link each one. */
  figureIds: string[];
}

/** One row per area, in area order; throws naming an area whose heading is not in sections. */
export function areaAttentionRows({ areas, sections, figures }: AttentionInput): AreaAttention[] {
  const sorted = [...areas].sort((a, b) => a.area_no - b.area_no);
  const problems = sorted.flatMap((a) => (sections.some((s) => s.id === a.section_id) ? [] : [`area ${a.area_no} (${a.slug}): no section "${a.section_id}"`]));
  if (problems.length > 0) throw new Error(`areaAttentionRows: ${problems.join("; ")}`);
  return sorted.map((a) => {
    const ids = figures.filter((f) => isInArea(f.section_id, a.section_id)).map((f) => f.id);
    return {
      area: a.slug,
      label: a.short_zh,
      chars: sections.filter((s) => isInArea(s.id, a.section_id)).reduce((sum, s) => sum + s.chars, 0),
      figures: ids.length,
      figureIds: ids,
      sourceIds: [a.section_id],
    };
  });
}
