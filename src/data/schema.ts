/**
 * One zod schema per table of the data contract (data/README.md); column names are binding.
 * Each schema reads a row of strings (header name → cell) and yields typed values:
 * blank optional numbers → null, blank optional text → "".
 */
import { z } from "zod";
import { id, int, machineNum, num, oneOf, optId, optInt, optMachineNum, optNum, optOneOf, optText, text } from "./cells";

export const KINDS = ["part", "area", "paragraph"] as const;
export const PARTS = ["intro", "review", "plan", "governance", "other", "appendix"] as const;
export const MEASURES = ["growth", "pp", "share", "multiple", "rank", "count", "level", "ratio", "other"] as const;
export const FIGURE_STATUSES = ["actual", "target"] as const;
export const VALUE_STATUSES = ["actual", "target", "not_stated"] as const;
export const DIRECTIONS = ["up", "down"] as const;
export const LEVELS = ["city", "province", "national"] as const;
export const GROUPS = ["main", "sector", "area"] as const;
export const BOUNDS = ["ceiling"] as const;

export const manifestSchema = z.object({
  id: id(),
  place: text(),
  place_en: text(),
  level: oneOf(LEVELS),
  year: int(1900),
  review_year: int(1900),
  plan_year: int(1900),
  title: text(),
  file: text(),
  source: text(),
  // The day this text and its extraction were taken as the data version (YYYY-MM-DD); never the build clock.
  data_date: isoDate(),
});

/** A calendar date written YYYY-MM-DD that exists (2024-02-30 is refused). */
function isoDate() {
  return z.string().transform((s, ctx) => {
    const time = /^\d{4}-\d{2}-\d{2}$/.test(s) ? Date.parse(`${s}T00:00:00Z`) : NaN;
    const ok = !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === s;
    if (!ok) ctx.addIssue({ code: z.ZodIssueCode.custom, message: "a date written YYYY-MM-DD" });
    return s;
  });
}

/** data/<id>/extraction.csv, written by `npm run extract`: one row per distinct text of the seed. */
export const extractionSchema = z.object({
  file: text(),
  sha256: z.string().transform((s, ctx) => {
    if (!/^[0-9a-f]{64}$/.test(s)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: "a SHA-256 hash (64 hex digits)" });
    return s;
  }),
  data_date: isoDate(),
});

/** Blank, a year (2024) or a span of years written with an en dash (2021–2025), first ≤ last. */
function optPeriod() {
  return z.string().transform((s, ctx) => {
    const m = /^(\d{4})(?:–(\d{4}))?$/.exec(s);
    if (s === "") return null;
    if (!m || Number(m[1]) < 1900 || (m[2] !== undefined && Number(m[2]) < Number(m[1]))) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: "blank, a year (2024) or a span of years (2021–2025, en dash)" });
    }
    return s;
  });
}

export const sectionSchema = z.object({
  id: id(),
  report_id: id(),
  order: int(1),
  line: int(1),
  kind: oneOf(KINDS),
  part_no: int(0),
  part: oneOf(PARTS),
  area_no: optInt(1),
  para_no: optInt(1),
  heading: optText(),
  text: text(),
  chars: int(1),
});

export const figureSchema = z.object({
  id: id(),
  report_id: id(),
  section_id: id(),
  order: int(1),
  offset: int(0),
  sentence: text(),
  quote: text(),
  value: machineNum(),
  value_max: optMachineNum(),
  unit: optText(),
  multiplier: machineNum(),
  base_value: machineNum(),
  base_value_max: optMachineNum(),
  base_unit: optText(),
  qualifier: optText(),
  measure: oneOf(MEASURES),
  direction: optOneOf(DIRECTIONS),
  period: optPeriod(),
  status: optOneOf(FIGURE_STATUSES),
});

export const areaSchema = z.object({
  report_id: id(),
  area_no: int(1),
  slug: id(),
  section_id: id(),
  short_zh: text(),
  short_en: text(),
  // Graphic colours of the area's marks on the light and the dark page (#rrggbb, ≥ 3:1; palette.test.ts).
  color: hexColor(),
  color_dark: hexColor(),
});

function hexColor() {
  return z.string().regex(/^#[0-9a-f]{6}$/, "a colour written #rrggbb (lower case)");
}

export const indicatorSchema = z.object({
  slug: id(),
  group: oneOf(GROUPS),
  area_slug: optId(),
  label_zh: text(),
  label_en: text(),
  unit: optText(),
  measure: oneOf(MEASURES),
  // "ceiling": lower is better (unemployment, prices), so a 左右 target is a cap, not a point to hit.
  bound: optOneOf(BOUNDS),
  note: optText(),
});

export const indicatorValueSchema = z
  .object({
    indicator: id(),
    report_id: id(),
    year: int(1900),
    status: oneOf(VALUE_STATUSES),
    value: optNum(),
    value_max: optNum(),
    qualifier: optText(),
    quote: optText(),
    figure_id: optId(),
    note: optText(),
  })
  .superRefine((row, ctx) => {
    // A stated value needs its evidence; "not stated" must not smuggle in a value.
    const stated = row.status !== "not_stated";
    const cells: [keyof typeof row, boolean][] = [
      ["value", row.value !== null],
      ["quote", row.quote !== ""],
      ["figure_id", row.figure_id !== ""],
    ];
    for (const [name, present] of cells) {
      if (stated && !present) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [name], message: `a value when status is ${row.status}` });
      }
      if (!stated && present) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [name], message: "blank when status is not_stated" });
      }
    }
    if (!stated && (row.value_max !== null || row.qualifier !== "")) {
      const name = row.value_max !== null ? "value_max" : "qualifier";
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [name], message: "blank when status is not_stated" });
    }
  });

export const projectSchema = z.object({
  id: id(),
  report_id: id(),
  section_id: id(),
  name: text(),
  area_slug: id(),
  industry: text(),
  status: text(),
  year: int(1900),
  quote: text(),
});

export type ManifestRow = z.infer<typeof manifestSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Extraction = z.infer<typeof extractionSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Area = z.infer<typeof areaSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;
export type Project = z.infer<typeof projectSchema>;

/**
 * A table's CSV columns in file order: the keys of its schema, the one column list that the loaders
 * read and the pipeline writes (src/pipeline/types.ts ties its row types to the same keys).
 */
export function columnsOf<S extends z.AnyZodObject>(schema: S): (keyof z.input<S> & string)[] {
  return Object.keys(schema.shape) as (keyof z.input<S> & string)[];
}

/** A table as the loader knows it: its file name and the schema of one row. */
export interface TableSpec<T> {
  name: string;
  columns: readonly string[];
  schema: z.ZodType<T, z.ZodTypeDef, Record<string, string>>;
}

const spec = <T>(name: string, shape: z.AnyZodObject, schema: z.ZodType<T, z.ZodTypeDef, any>): TableSpec<T> => ({
  name,
  columns: columnsOf(shape),
  schema,
});

export const TABLES = {
  manifest: spec<ManifestRow>("manifest.csv", manifestSchema, manifestSchema),
  sections: spec<Section>("sections.csv", sectionSchema, sectionSchema),
  extraction: spec<Extraction>("extraction.csv", extractionSchema, extractionSchema),
  figures: spec<Figure>("figures.csv", figureSchema, figureSchema),
  areas: spec<Area>("areas.csv", areaSchema, areaSchema),
  indicators: spec<Indicator>("indicators.csv", indicatorSchema, indicatorSchema),
  indicatorValues: spec<IndicatorValue>("indicator-values.csv", indicatorValueSchema._def.schema, indicatorValueSchema),
  projects: spec<Project>("projects.csv", projectSchema, projectSchema),
} as const;
