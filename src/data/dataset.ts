/**
 * Reads a whole dataset through an injected file reader, so the same code serves the real
 * `data/` + `seeds/` folders, fixtures and in-memory tests. Returns typed tables, every problem,
 * and notices (things a maintainer should know that do not stop the build).
 */
import { seedHash } from "../lib/seed-hash";
import { checkContext, CONTEXT_FILE, CONTEXT_TABLE, type ContextFact } from "./context";
import { dataError, type DataError } from "./errors";
import { TABLES, type TableSpec } from "./schema";
import { renderReport } from "../pipeline/run";
import type { ManifestRow } from "./schema";
import { col, knownValues, readTableBytes, readTableText, unreadable, type Located, type TableResult } from "./table";
import { decodeCsvBytes } from "./utf8";
import { validateDataset, type ParsedDataset, type ReportTables } from "./validate";
import { checkTopics, TOPIC_TABLES, type TopicTables } from "./topics";

/**
 * Where a logical file lives: `data` (tables), `seeds` (manifest.csv), or `text` (a report text
 * named by a manifest row's `file`: seeds/ or an extra report folder, see src/lib/report-folders.ts).
 */
export type Root = "data" | "seeds" | "text";

export type ReadResult =
  /**
   * Found: the bytes, the path to show in messages, and the real path on disk when there is one.
   * `external`: a report text found in an extra report folder (outside seeds/), which the project
   * does not carry: its tables are extracted from it in memory, never committed.
   */
  | { file: string; bytes: Uint8Array; abs?: string; external?: boolean }
  /** Not there; `looked` says where it was looked for, when the reader knows. */
  | null
  | { missing: string }
  /** Refused: the path leads outside the allowed folders; `expected` says what is allowed. */
  | { refused: string };

/** Returns the file's bytes and the path to show in messages, or why it is not there. */
export type FileReader = (root: Root, path: string) => ReadResult;

const isFound = (r: ReadResult): r is { file: string; bytes: Uint8Array; abs?: string; external?: boolean } => r !== null && "bytes" in r;

/** Tables that must hold at least one row: a header alone would leave the site's pages and charts empty. */
const NEEDS_ROWS = new Set(["topics.csv", "topic-sentences.csv", "areas.csv", "indicators.csv", "indicator-values.csv", "projects.csv", "sections.csv", "manifest.csv"]);

function table<T>(read: FileReader, root: Root, path: string, spec: TableSpec<T>, errors: DataError[], whenMissing?: string): TableResult<T> {
  const found = read(root, path);
  if (!isFound(found)) {
    const where = found && "missing" in found ? found.missing : `${root}/${path}`;
    errors.push(dataError(where, null, null, "file not found", null, whenMissing ?? `a ${spec.name} table (see data/README.md)`));
    return unreadable(where);
  }
  const result = readTableBytes(found.bytes, found.file, spec);
  errors.push(...result.errors);
  const noRows = result.rows.length + result.rejected.length === 0 && !result.errors.some((e) => (e.line ?? 0) > 1);
  if (result.readable && noRows && NEEDS_ROWS.has(spec.name)) {
    errors.push(dataError(found.file, null, null, "no data rows", null, `at least one row under the header of ${spec.name} (a header alone leaves the site without them)`));
  }
  return result;
}

/** data/context.csv when the folder has one; an empty table otherwise (outside facts are optional). */
function optionalContext(read: FileReader, errors: DataError[]): TableResult<ContextFact> {
  const found = read("data", CONTEXT_FILE);
  if (!isFound(found)) return { ...unreadable<ContextFact>(CONTEXT_FILE), readable: true };
  const result = readTableBytes(found.bytes, found.file, CONTEXT_TABLE);
  errors.push(...result.errors);
  return result;
}

interface SeedRead {
  seed: ReportTables["seed"];
  /** The real path of the text on disk, for downloads; null when absent or not on disk. */
  abs: string | null;
  /** Found outside seeds/ (an extra report folder): extracted in memory. */
  external: boolean;
}

function seed(read: FileReader, manifest: TableResult<unknown>, line: number, path: string, errors: DataError[], notices: string[]): SeedRead {
  const found = read("text", path);
  if (found && "refused" in found) {
    errors.push(dataError(manifest.file, line, col(manifest, "file"), "file", path, found.refused));
    return { seed: null, abs: null, external: false };
  }
  if (!isFound(found)) {
    const looked = found && "missing" in found ? found.missing : `seeds/${path}`;
    notices.push(`${manifest.file}:${line}: report text ${JSON.stringify(path)} is not present (looked in ${looked}); ` +
      "its pages show its committed tables if it has any, else only its curated rows (no text page), and its quotes are not checked against the text");
    return { seed: null, abs: null, external: false };
  }
  // An empty text is a seed problem, not a table one ("a header row" would mislead).
  if (found.bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)) {
    errors.push(dataError(found.file, null, null, "report text is empty", null, "the report's text: UTF-8, one paragraph per line"));
    return { seed: null, abs: null, external: false };
  }
  // Seeds are plain UTF-8 text; the same byte checks as for tables apply.
  const decoded = decodeCsvBytes(found.bytes, found.file);
  if ("errors" in decoded) {
    errors.push(...decoded.errors);
    return { seed: null, abs: null, external: false };
  }
  return { seed: { file: found.file, text: decoded.text, sha256: seedHash(decoded.text) }, abs: found.abs ?? null, external: found.external === true };
}

/**
 * The tables of a text the project does not carry, extracted from it in memory by the same
 * pipeline as `npm run extract` and read through the same table checks. Named after the text, so a
 * message about a row says which text it came from.
 */
function extractedTables(meta: ManifestRow, seed: NonNullable<ReportTables["seed"]>): Pick<ReportTables, "sections" | "figures"> {
  const out = renderReport(seed.text, meta, seed.file);
  return {
    sections: readTableText(out["sections.csv"], `${seed.file} (sections, extracted when read)`, TABLES.sections),
    figures: readTableText(out["figures.csv"], `${seed.file} (figures, extracted when read)`, TABLES.figures),
  };
}

/** A report table that may be absent because its text is: a table with no rows that checks nothing. */
function optionalTable<T>(read: FileReader, path: string, spec: TableSpec<T>, errors: DataError[]): TableResult<T> | null {
  const found = read("data", path);
  return isFound(found) ? table(read, "data", path, spec, errors) : null;
}

/**
 * The "我关心" topic tables (src/data/topics.ts), read only when topics.csv is there: a data folder
 * without it (an older copy, a test fixture) simply has no topic pages; the real data's are tested.
 */
function topicTables(read: FileReader, ds: ParsedDataset, errors: DataError[]): TopicTables | null {
  if (!isFound(read("data", "topics.csv"))) return null;
  const t: TopicTables = {
    topics: table(read, "data", "topics.csv", TOPIC_TABLES.topics, errors),
    topicSentences: table(read, "data", "topic-sentences.csv", TOPIC_TABLES.topicSentences, errors),
  };
  errors.push(...checkTopics(t, ds.reports, knownValues(ds.manifest, "id")));
  return t;
}

export interface ReadDatasetResult {
  dataset: ParsedDataset;
  errors: DataError[];
  /** Worth a maintainer's attention, not a reason to stop: an absent external text, a stale data_date. */
  notices: string[];
  /** Real path of each report's text on disk (null when absent). */
  seedPaths: Map<string, string | null>;
}

/**
 * One report's tables and text, read as readDataset reads them (the table checks of each file, not
 * the cross-table checks): its committed tables, or those extracted in memory from a text outside
 * the repository, or none for an absent text with no tables. The build reads a report again this
 * way when a page needs it (src/data/load.ts keeps only a few reports in memory).
 */
export function readReportTables(
  read: FileReader,
  manifest: TableResult<ManifestRow>,
  m: Located<ManifestRow>,
  errors: DataError[],
  notices: string[],
): { tables: ReportTables; seedPath: string | null } {
  const text = seed(read, manifest, m.line, m.file, errors, notices);
  const seedPath = text.abs;
  if (text.seed && text.external && !isFound(read("data", `${m.id}/sections.csv`)) && !isFound(read("data", `${m.id}/figures.csv`))) {
    // A text outside the repository with no tables in data/: they come from the text itself,
    // every time it is read (nothing to go stale, so no extraction record either).
    return { tables: { ...extractedTables(m, text.seed), extraction: null, seed: text.seed }, seedPath };
  }
  if (!text.seed) {
    // No text: the committed tables if there are any; else the report has only its curated rows.
    const sections = optionalTable(read, `${m.id}/sections.csv`, TABLES.sections, errors);
    const figures = optionalTable(read, `${m.id}/figures.csv`, TABLES.figures, errors);
    if (!sections && !figures) {
      return { tables: { sections: unreadable(`data/${m.id}/sections.csv`), figures: unreadable(`data/${m.id}/figures.csv`), extraction: null, seed: null, textless: true }, seedPath };
    }
  }
  return {
    tables: {
      sections: table(read, "data", `${m.id}/sections.csv`, TABLES.sections, errors),
      figures: table(read, "data", `${m.id}/figures.csv`, TABLES.figures, errors),
      // The record is checked only against a text that is present.
      extraction: text.seed
        ? table(read, "data", `${m.id}/extraction.csv`, TABLES.extraction, errors,
          `the record of the text data/${m.id}/ was extracted from, which \`npm run extract\` writes; run npm run extract`)
        : null,
      seed: text.seed,
    },
    seedPath,
  };
}

/** Parses and cross-checks everything; `errors` is empty exactly when the dataset is valid. */
export function readDataset(read: FileReader): ReadDatasetResult {
  const errors: DataError[] = [];
  const notices: string[] = [];
  const seedPaths = new Map<string, string | null>();
  const manifest = table(read, "seeds", "manifest.csv", TABLES.manifest, errors);
  const reports = new Map<string, ReportTables>();
  for (const m of manifest.rows) {
    if (reports.has(m.id)) continue; // the duplicate is reported by validateDataset
    const one = readReportTables(read, manifest, m, errors, notices);
    seedPaths.set(m.id, one.seedPath);
    reports.set(m.id, one.tables);
  }
  const dataset: ParsedDataset = {
    manifest,
    reports,
    areas: table(read, "data", "areas.csv", TABLES.areas, errors),
    indicators: table(read, "data", "indicators.csv", TABLES.indicators, errors),
    indicatorValues: table(read, "data", "indicator-values.csv", TABLES.indicatorValues, errors),
    projects: table(read, "data", "projects.csv", TABLES.projects, errors),
    context: optionalContext(read, errors),
  };
  const checked = validateDataset(dataset);
  errors.push(...checked.errors, ...checkContext(dataset.context, dataset.indicators));
  notices.push(...checked.notices);
  dataset.topics = topicTables(read, dataset, errors);
  return { dataset, errors, notices, seedPaths };
}
