/**
 * Row shapes of the generated CSVs. Their columns, in file order, are the loaders' zod schemas'
 * (src/data/schema.ts): one contract. Each row type must have exactly its schema's columns, or
 * this file does not compile (`Contract<…>` below names the missing and the extra ones).
 */
import type { z } from "zod";
import { columnsOf, extractionSchema, figureSchema, sectionSchema, type ManifestRow } from "../data/schema.ts";

/**
 * What the extractor needs to know about a report: a seeds/manifest.csv row (its type and parser
 * are the loaders': src/data/schema.ts, read by manifest.ts), or a guess for a file outside the
 * manifest, whose years may be unknown (null: found from the headings).
 */
export type ReportMeta = Omit<ManifestRow, "level" | "review_year" | "plan_year" | "data_date"> & {
  /** national, province or city; blank when guessed. */
  level: string;
  review_year: number | null;
  plan_year: number | null;
};

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

/** `true` when A and B are the same keys; otherwise the keys a row type lacks and those the schema lacks. */
type SameKeys<Row, Schema extends z.AnyZodObject> = [Exclude<keyof z.input<Schema>, keyof Row>, Exclude<keyof Row, keyof z.input<Schema>>] extends [never, never]
  ? true
  : { missingFromRow: Exclude<keyof z.input<Schema>, keyof Row>; notInSchema: Exclude<keyof Row, keyof z.input<Schema>> };
type Contract<T extends true> = T;

/** One row of data/<id>/extraction.csv (src/pipeline/extraction-record.ts). */
export interface ExtractionRow {
  file: string;
  sha256: string;
  data_date: string;
}

export type SectionContract = Contract<SameKeys<SectionRow, typeof sectionSchema>>;
export type FigureContract = Contract<SameKeys<FigureRow, typeof figureSchema>>;
export type ExtractionContract = Contract<SameKeys<ExtractionRow, typeof extractionSchema>>;

/** The columns the pipeline writes, in order: the schemas' keys. */
export const SECTION_COLUMNS = columnsOf(sectionSchema);
export const FIGURE_COLUMNS = columnsOf(figureSchema);
export const EXTRACTION_COLUMNS = columnsOf(extractionSchema);
