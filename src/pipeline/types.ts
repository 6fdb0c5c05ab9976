/** Row shapes of the generated CSVs. Column order here is the CSV column order (see data/README.md). */

export interface ManifestRow {
  id: string;
  place: string;
  place_en: string;
  level: string;
  year: number;
  review_year: number | null;
  plan_year: number | null;
  title: string;
  file: string;
  source: string;
}

export type PartKind = "intro" | "review" | "plan" | "governance" | "other" | "appendix";
export type SectionKind = "part" | "area" | "paragraph";

export interface SectionRow {
  id: string;
  report_id: string;
  order: number;
  line: number;
  kind: SectionKind;
  part_no: number;
  part: PartKind;
  area_no: number | null;
  para_no: number | null;
  heading: string;
  text: string;
  chars: number;
}

export type Measure = "growth" | "pp" | "share" | "multiple" | "rank" | "count" | "level" | "ratio" | "other";
export type Direction = "up" | "down" | "";

export interface FigureRow {
  id: string;
  report_id: string;
  section_id: string;
  order: number;
  offset: number;
  sentence: string;
  quote: string;
  /** Plain decimal strings, never floats, so CSV output has no float noise. */
  value: string;
  value_max: string;
  unit: string;
  multiplier: string;
  base_value: string;
  base_value_max: string;
  base_unit: string;
  qualifier: string;
  measure: Measure;
  direction: Direction;
  /** A year (`2024`) or a span of years (`2021–2025`, en dash); null when the text does not say. */
  period: string | null;
  status: "actual" | "target" | "";
}

export const SECTION_COLUMNS = [
  "id", "report_id", "order", "line", "kind", "part_no", "part", "area_no", "para_no", "heading", "text", "chars",
] as const satisfies readonly (keyof SectionRow)[];

export const FIGURE_COLUMNS = [
  "id", "report_id", "section_id", "order", "offset", "sentence", "quote", "value", "value_max", "unit",
  "multiplier", "base_value", "base_value_max", "base_unit", "qualifier", "measure", "direction", "period", "status",
] as const satisfies readonly (keyof FigureRow)[];
