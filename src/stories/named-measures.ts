/**
 * Named measures for stories of areas that commit in words rather than numbers: each name is quoted
 * from a paragraph, and is checked to stand in that paragraph's text, so a typo or a re-extraction
 * that moves the text fails the build with every miss listed.
 */
import type { NamedMeasureRow } from "../charts/numeral-measures";
import { sectionById } from "../data/load";

export interface NamedMeasureSpec {
  sectionId: string;
  /** Theme for the grid; by default the paragraph's lead phrase (its text up to the first 。). */
  theme?: string;
  /** Names exactly as written in the paragraph. */
  names: string[];
}

/** Longest lead phrase used as a theme; longer first sentences need an explicit `theme`. */
const MAX_LEAD = 12;

/** Grid rows from specs, in order; throws listing every name missing from its paragraph and every theme it cannot derive. */
export function namedMeasures(specs: readonly NamedMeasureSpec[], reportId: string): NamedMeasureRow[] {
  const problems: string[] = [];
  const rows = specs.flatMap((spec) => {
    const section = sectionById(reportId, spec.sectionId);
    if (!section) {
      problems.push(`no section "${spec.sectionId}" in data/${reportId}/sections.csv`);
      return [];
    }
    const lead = section.text.split("。")[0] ?? "";
    const theme = spec.theme ?? ([...lead].length <= MAX_LEAD ? lead : "");
    if (!theme) problems.push(`${spec.sectionId}: lead phrase "${lead.slice(0, 20)}…" is longer than ${MAX_LEAD} characters — give a theme`);
    for (const name of spec.names) {
      if (!section.text.includes(name)) problems.push(`${spec.sectionId}: "${name}" does not occur in the paragraph text`);
    }
    return spec.names.map((name) => ({ theme, name, sectionId: spec.sectionId }));
  });
  if (problems.length > 0) throw new Error(`namedMeasures (data/${reportId}/sections.csv):\n${problems.join("\n")}`);
  return rows;
}
