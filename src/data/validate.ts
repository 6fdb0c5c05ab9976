/**
 * Cross-table checks over a whole dataset: unique ids, references that resolve, and the
 * curated tables agreeing with the report text and the extracted figures.
 * Pure: takes parsed tables and seed texts, returns every problem found.
 */
import { foldWidth } from "../lib/fold-width";
import { writtenValueIn } from "./cited";
import { dataError, type DataError } from "./errors";
import type { ContextFact } from "./context";
import type { Area, Extraction, Figure, Indicator, IndicatorValue, ManifestRow, Project, Section } from "./schema";
import { col, knownValues, written, type Located, type TableResult } from "./table";
import type { TopicTables } from "./topics";

export interface ReportTables {
  sections: TableResult<Section>;
  figures: TableResult<Figure>;
  /** data/<id>/extraction.csv; null when the text is absent (nothing to check it against). */
  extraction: TableResult<Extraction> | null;
  /** The report's seed text and its hash; null if absent or unreadable (reported elsewhere). */
  seed: { file: string; text: string; sha256: string } | null;
  /** Set by the check: the seed changed since extraction, so quotes are not checked against it (one problem, not many). */
  stale?: boolean;
  /** Neither text nor tables (a text outside the repository that is absent): the report has only its curated rows. */
  textless?: boolean;
}

export interface ParsedDataset {
  manifest: TableResult<ManifestRow>;
  reports: Map<string, ReportTables>;
  areas: TableResult<Area>;
  indicators: TableResult<Indicator>;
  indicatorValues: TableResult<IndicatorValue>;
  projects: TableResult<Project>;
  /** The topic tables, when data/topics.csv is present (src/data/topics.ts); set after the cross-table checks. */
  topics?: TopicTables | null;
  /** data/context.csv, outside facts (optional: empty when the folder has none); checked by checkContext. */
  context: TableResult<ContextFact>;
}

/** Reports every row whose key repeats an earlier row's key. */
export function checkUnique<T>(
  table: TableResult<T>,
  key: (row: Located<T>) => string,
  column: string,
  what: string,
): DataError[] {
  const firstLine = new Map<string, number>();
  const errors: DataError[] = [];
  for (const row of table.rows) {
    const k = key(row);
    const seen = firstLine.get(k);
    if (seen !== undefined) {
      errors.push(dataError(table.file, row.line, col(table, column), `duplicate ${what}`, k, `a ${what} not already used on line ${seen}`));
    } else firstLine.set(k, row.line);
  }
  return errors;
}

/**
 * Reports a reference `value` in `column` that is not among `known`. `known` is null when the
 * referenced table could not be read: its own problem is already reported, so nothing is added.
 */
function ref(
  table: TableResult<unknown>,
  line: number,
  column: string,
  value: string,
  known: { has(v: string): boolean } | null,
  expected: string,
): DataError[] {
  return known === null || known.has(value) ? [] : [dataError(table.file, line, col(table, column), `unknown ${column}`, value, expected)];
}

export function checkReport(reportId: string, r: ReportTables): DataError[] {
  const { sections, figures } = r;
  const errors: DataError[] = [
    ...checkUnique(sections, (s) => s.id, "id", "section id"),
    ...checkUnique(figures, (f) => f.id, "id", "figure id"),
  ];
  const byId = new Map(sections.rows.map((s) => [s.id, s]));
  for (const s of sections.rows) {
    errors.push(...ref(sections, s.line, "report_id", s.report_id, new Set([reportId]), `"${reportId}" (the folder name)`));
  }
  for (const f of figures.rows) {
    errors.push(...ref(figures, f.line, "report_id", f.report_id, new Set([reportId]), `"${reportId}" (the folder name)`));
    errors.push(...ref(figures, f.line, "section_id", f.section_id, knownValues(sections, "id"), `an id from ${sections.file}`));
    const section = byId.get(f.section_id);
    if (section && section.text.slice(f.offset, f.offset + f.quote.length) !== f.quote) {
      errors.push(dataError(figures.file, f.line, col(figures, "offset"), "offset", String(f.offset),
        `the position of quote ${JSON.stringify(f.quote)} in section ${f.section_id}`));
    }
  }
  return errors;
}

/** `quote` occurs in `text`, both in the one normal form (full-width digits and letters folded). */
const contains = (text: string, quote: string) => foldWidth(text).includes(foldWidth(quote));

/** True if some occurrence of `quote` in `text` spans the figure's own quote at its offset (folding keeps offsets). */
function quoteCovers(rawText: string, rawQuote: string, figure: Figure): boolean {
  const text = foldWidth(rawText);
  const quote = foldWidth(rawQuote);
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (at <= figure.offset && figure.offset + figure.quote.length <= at + quote.length) return true;
  }
  return false;
}

const sameNumber = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

/**
 * A figure typed into a note: a number with a unit or %, or a decimal, that is not part of an id
 * or a name (plan-8-p6, PM2.5). Years alone (2023) are words, not figures.
 */
const TYPED_FIGURE =
  /(?<![A-Za-z0-9.\-])\d+(?:\.\d+)?\s*(?:%|％|‰|个百分点|万|亿|千|倍|元|吨|亩|人|户|家|项|个|所|座|条|公里|千米|米|瓦|千瓦|兆瓦|平方米|立方米|次|辆|套|件|台|天|岁|张|床)|(?<![A-Za-z0-9.\-])\d+\.\d+(?![\dA-Za-z])/u;

/** A `note` problem when it holds a typed figure (data/README.md: notes refer to figures by id). */
export function noteFigureProblem(table: TableResult<unknown>, line: number, note: string): DataError[] {
  const found = TYPED_FIGURE.exec(foldWidth(note));
  if (!found) return [];
  return [dataError(table.file, line, col(table, "note"), "note", note,
    `no typed figure ("${found[0].trim()}" found): name the figure or section by its id (e.g. plan-p3-f7) instead`)];
}

/**
 * Reports a `report_id` that is not in the manifest. An id whose manifest row was itself rejected
 * is not reported again: that row's own problem is the one to fix.
 */
function unknownReport(table: TableResult<unknown>, line: number, reportId: string, ds: ParsedDataset): DataError[] {
  if (ds.reports.has(reportId)) return [];
  const known = knownValues(ds.manifest, "id");
  return known === null || known.has(reportId) ? [] : [dataError(table.file, line, col(table, "report_id"), "unknown report_id", reportId, `an id from ${ds.manifest.file}`)];
}

function checkIndicatorValue(v: Located<IndicatorValue>, ds: ParsedDataset, indicators: Map<string, Indicator>): DataError[] {
  const t = ds.indicatorValues;
  const errors: DataError[] = [...noteFigureProblem(t, v.line, v.note)];
  const at = (column: string, what: string, value: string | null, expected: string) =>
    errors.push(dataError(t.file, v.line, col(t, column), what, value, expected));
  const indicator = indicators.get(v.indicator);
  if (knownValues(ds.indicators, "slug")?.has(v.indicator) === false) at("indicator", "unknown indicator", v.indicator, `a slug from ${ds.indicators.file}`);
  const report = ds.reports.get(v.report_id);
  if (!report) {
    errors.push(...unknownReport(t, v.line, v.report_id, ds));
    return errors;
  }
  if (v.status === "not_stated") return errors;
  const inSeed = report.seed === null || report.stale === true || contains(report.seed.text, v.quote);
  if (!inSeed) at("quote", "quote", v.quote, `an exact substring of ${report.seed!.file}`);
  if (report.textless && indicator && v.value !== null && writtenValueIn(v.quote, v.value, v.value_max, indicator.unit) === null) {
    // Without the text the quote cannot be checked against it; it must at least write the value it stands for.
    const shown = `${written(t, v.line, "value")}${v.value_max !== null ? `-${written(t, v.line, "value_max")}` : ""}${indicator.unit}`;
    at("quote", "quote", v.quote, `to write the value as "${shown}" (the unit of indicator ${indicator.slug}); the text of ${v.report_id} is absent, so the quote stands in for figure ${v.figure_id}`);
    return errors;
  }
  const figure = report.figures.rows.find((f) => f.id === v.figure_id);
  if (!figure) {
    if (knownValues(report.figures, "id")?.has(v.figure_id) === false) at("figure_id", "unknown figure_id", v.figure_id, `an id from ${report.figures.file}`);
    return errors;
  }
  const section = report.sections.rows.find((s) => s.id === figure.section_id);
  // One message per bad quote: the first of these checks that fails is the informative one.
  if (!inSeed) {
    // already reported
  } else if (section && !contains(section.text, v.quote)) {
    at("quote", "quote", v.quote, `text of section ${section.id}, where figure ${figure.id} stands`);
  } else if (section && !quoteCovers(section.text, v.quote, figure)) {
    at("quote", "quote", v.quote, `to contain figure ${figure.id} (${JSON.stringify(figure.quote)}) where it stands in section ${section.id}`);
  }
  // Values are quoted as the cell is written ("5.50", not 5.5), and compared as numbers.
  if (!sameNumber(v.value, figure.value)) {
    at("value", "value", written(t, v.line, "value"), `${figure.value}, the value of figure ${figure.id} (${JSON.stringify(figure.quote)})`);
  }
  if (!sameNumber(v.value_max, figure.value_max)) {
    at("value_max", "value_max", written(t, v.line, "value_max"), `${figure.value_max ?? "blank"}, as in figure ${figure.id}`);
  }
  if (v.qualifier !== figure.qualifier) {
    at("qualifier", "qualifier", v.qualifier, `${JSON.stringify(figure.qualifier)}, as in figure ${figure.id}`);
  }
  if (indicator && indicator.unit !== figure.unit) {
    at("figure_id", `unit of figure ${figure.id}`, figure.unit, `${JSON.stringify(indicator.unit)}, the unit of indicator ${indicator.slug}`);
  }
  if (figure.period !== null && figure.period !== String(v.year)) {
    at("year", "year", String(v.year), `${figure.period}, the period of figure ${figure.id}`);
  }
  if (figure.status !== "" && figure.status !== v.status) {
    at("status", "status", v.status, `${figure.status}, the status of figure ${figure.id}`);
  }
  return errors;
}

/**
 * The seed must be the text its tables were extracted from (the last row of extraction.csv);
 * a notice when the text changed since the previous extraction but data_date did not.
 */
function checkExtraction(meta: Located<ManifestRow>, r: ReportTables, manifest: TableResult<ManifestRow>, notices: string[]): DataError[] {
  const record = r.extraction;
  if (!r.seed || !record || !record.readable || record.errors.length > 0) return [];
  const last = record.rows.at(-1);
  if (!last) return []; // "no data rows" is reported with the table
  if (last.sha256 !== r.seed.sha256) {
    r.stale = true;
    return [dataError(r.seed.file, null, null, "report text changed since it was extracted", null,
      `the text ${record.file}:${last.line} records (sha256 ${last.sha256.slice(0, 12)}…, now ${r.seed.sha256.slice(0, 12)}…): ` +
        `run npm run data:diff to see what the new text changes, then npm run extract`)];
  }
  const previous = record.rows.at(-2);
  if (previous && previous.sha256 !== last.sha256 && meta.data_date === previous.data_date) {
    notices.push(`${manifest.file}:${meta.line}: warning: ${r.seed.file} changed since the extraction of ${previous.data_date} ` +
      `(${record.file}), but data_date is still ${meta.data_date}; set it to the day of this text`);
  }
  return [];
}

/** An area slug used by several reports keeps one colour pair (the chart CSS has one rule per slug). */
function checkSameColours(areas: ParsedDataset["areas"]): DataError[] {
  const first = new Map<string, Located<Area>>();
  const errors: DataError[] = [];
  for (const a of areas.rows) {
    const seen = first.get(a.slug);
    if (!seen) first.set(a.slug, a);
    else if (seen.color !== a.color) errors.push(dataError(areas.file, a.line, col(areas, "color"), "area colour", a.color, `${seen.color}, the colour of area "${a.slug}" on line ${seen.line}: one slug, one colour`));
    else if (seen.color_dark !== a.color_dark) errors.push(dataError(areas.file, a.line, col(areas, "color_dark"), "area colour", a.color_dark, `${seen.color_dark}, the dark colour of area "${a.slug}" on line ${seen.line}: one slug, one colour`));
  }
  return errors;
}

/** Every cross-table problem in the dataset (row-level problems are already in each table's `errors`), and notices. */
export function validateDataset(ds: ParsedDataset): { errors: DataError[]; notices: string[] } {
  const errors: DataError[] = [...checkUnique(ds.manifest, (m) => m.id, "id", "report id")];
  const notices: string[] = [];
  for (const [reportId, r] of ds.reports) errors.push(...checkReport(reportId, r));
  for (const meta of ds.manifest.rows) {
    const r = ds.reports.get(meta.id);
    if (r) errors.push(...checkExtraction(meta, r, ds.manifest, notices));
  }

  const { areas, indicators, indicatorValues, projects } = ds;
  errors.push(
    // A slug is unique within its report; next year's report may reuse it (its pages live under another edition).
    ...checkUnique(areas, (a) => `${a.report_id} ${a.slug}`, "slug", "slug in this report"),
    ...checkSameColours(areas),
    ...checkUnique(areas, (a) => `${a.report_id} ${a.area_no}`, "area_no", "area number in this report"),
    ...checkUnique(indicators, (i) => i.slug, "slug", "indicator slug"),
    ...checkUnique(indicatorValues, (v) => `${v.indicator} ${v.report_id} ${v.year} ${v.status}`, "indicator",
      "indicator × report × year × status"),
    ...checkUnique(projects, (p) => p.id, "id", "project id"),
  );
  const sectionsOf = (reportId: string) => new Map((ds.reports.get(reportId)?.sections.rows ?? []).map((s) => [s.id, s]));
  const areaSlugs = knownValues(areas, "slug");
  for (const a of areas.rows) {
    if (!ds.reports.has(a.report_id)) {
      errors.push(...unknownReport(areas, a.line, a.report_id, ds));
      continue;
    }
    const sections = ds.reports.get(a.report_id)!.sections;
    const section = sectionsOf(a.report_id).get(a.section_id);
    if (!section) errors.push(...ref(areas, a.line, "section_id", a.section_id, knownValues(sections, "id"), `an area heading id from ${sections.file}`));
    else if (section.kind !== "area" || section.area_no !== a.area_no) {
      errors.push(dataError(areas.file, a.line, col(areas, "section_id"), "section_id", a.section_id,
        `the heading of area ${a.area_no} (kind "area", area_no ${a.area_no})`));
    }
  }
  for (const i of indicators.rows) {
    errors.push(...noteFigureProblem(indicators, i.line, i.note));
    if (i.area_slug !== "") errors.push(...ref(indicators, i.line, "area_slug", i.area_slug, areaSlugs, `a slug from ${areas.file}`));
  }
  const indicatorBySlug = new Map(indicators.rows.map((i) => [i.slug, i]));
  for (const v of indicatorValues.rows) errors.push(...checkIndicatorValue(v, ds, indicatorBySlug));
  for (const p of projects.rows) {
    errors.push(...ref(projects, p.line, "area_slug", p.area_slug, areaSlugs, `a slug from ${areas.file}`));
    if (!ds.reports.has(p.report_id)) {
      errors.push(...unknownReport(projects, p.line, p.report_id, ds));
      continue;
    }
    const sections = ds.reports.get(p.report_id)!.sections;
    const section = sectionsOf(p.report_id).get(p.section_id);
    if (!section) errors.push(...ref(projects, p.line, "section_id", p.section_id, knownValues(sections, "id"), `an id from ${sections.file}`));
    else if (!contains(section.text, p.quote)) {
      errors.push(dataError(projects.file, p.line, col(projects, "quote"), "quote", p.quote, `an exact substring of section ${p.section_id}`));
    }
  }
  return { errors, notices };
}
