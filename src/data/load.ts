/**
 * Synchronous loaders for Astro pages, chart and story modules, and tests (no astro:content).
 * Data dir: env DATA_DIR, else `<cwd>/data`; seeds dir: env SEEDS_DIR, else `seeds` next to the data dir;
 * report texts: seeds dir, then the extra report folders (env REPORTS_DIR, else ../shared/reports).
 * The first call reads and validates everything once per process (per pair of folders) and
 * throws a DataValidationError listing every problem if anything is invalid. What it keeps is flat in
 * the number of reports: the curated tables and each report's manifest row and text path
 * (`reportEntries`); a report's sections, figures and text are read again when a page asks for
 * them (`loadReport`) and only the last few are held (REPORTS_HELD).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { findSeed, reportFolders, type ReportFolder } from "../lib/report-folders";
import { LazyMap } from "../lib/lazy-map";
import { citedFromFigure, standInFigures, type CitedFigure } from "./cited";
import { readDataset, readReportTables, type FileReader } from "./dataset";
import { dataError, DataValidationError, type DataError } from "./errors";
import type { ContextFact } from "./context";
import type { Area, Figure, Indicator, IndicatorValue, ManifestRow, Project, Section } from "./schema";
import type { Located, TableResult } from "./table";
import type { ReportTables } from "./validate";
import type { Topic, TopicSentence } from "./topics";

export interface DataDirs {
  dataDir: string;
  seedsDir: string;
  /** Extra folders report texts may be read from (after seedsDir). */
  reportDirs?: ReportFolder[];
  /** How each folder was given (env value or default), for messages about a folder that is missing. */
  given?: { dataDir: string; seedsDir: string; reportDirsFromEnv: boolean };
  /** Paths in messages are shown relative to this folder (default: the working directory). */
  shownFrom?: string;
}

export interface Report {
  meta: Located<ManifestRow>;
  sections: Located<Section>[];
  figures: Located<Figure>[];
  /** The seed text (BOM removed), for quotes and annotated reading; "" when the text is absent. */
  text: string;
  /** Where the text is on disk (seeds/ or an extra report folder); null when it is absent. */
  seedPath: string | null;
  /**
   * Whether the report has its text and tables (sections, figures, the text page). False for a text
   * outside the repository that is absent (a clone without ../shared): only its curated rows remain,
   * shown with their source named and no link to a text page.
   */
  hasText: boolean;
}

/** What is kept of every report without reading its tables: its manifest row and where its text is. */
export type ReportEntry = Pick<Report, "meta" | "seedPath" | "hasText">;

export interface Data {
  manifest: Located<ManifestRow>[];
  /**
   * Every report by id, in manifest order. From loadData() its values are read when asked for and
   * only a few are held (walking every report keeps memory flat); from readData() all are in memory.
   */
  reports: ReadonlyMap<string, Report>;
  /** Every report's manifest row and text path, without its tables: use it when that is all a page needs. */
  reportEntries: ReadonlyMap<string, ReportEntry>;
  areas: Located<Area>[];
  indicators: Located<Indicator>[];
  indicatorValues: Located<IndicatorValue>[];
  projects: Located<Project>[];
  /** The "我关心" topics and their sentences; empty when data/topics.csv is absent. */
  topics: Located<Topic>[];
  topicSentences: Located<TopicSentence>[];
  /** Outside facts (data/context.csv), each with its source; empty when the folder has none. */
  context: Located<ContextFact>[];
}

/**
 * Folders from the environment (DATA_DIR / SEEDS_DIR / REPORTS_DIR, relative to `cwd`: the working
 * directory, or the root of the tree being validated).
 */
export function dataDirs(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): DataDirs {
  const dataDir = path.resolve(cwd, env.DATA_DIR ?? "data");
  const seedsDir = path.resolve(cwd, env.SEEDS_DIR ?? path.join(path.dirname(dataDir), "seeds"));
  const { folders, fromEnv } = reportFolders(env, cwd);
  return {
    dataDir,
    seedsDir,
    reportDirs: folders,
    shownFrom: cwd,
    given: {
      dataDir: env.DATA_DIR !== undefined ? `DATA_DIR "${env.DATA_DIR}"` : "data/",
      seedsDir: env.SEEDS_DIR !== undefined ? `SEEDS_DIR "${env.SEEDS_DIR}"` : `seeds/ next to ${env.DATA_DIR !== undefined ? `DATA_DIR "${env.DATA_DIR}"` : "data/"}`,
      reportDirsFromEnv: fromEnv,
    },
  };
}

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

/**
 * A folder named by the environment that is not there, named as it was given and with the path
 * looked for. Reported alone: every file in a missing folder would otherwise be "not found".
 */
export function dirProblems(dirs: DataDirs): DataError[] {
  const problems: DataError[] = [];
  const given = dirs.given;
  const check = (abs: string, name: string) => {
    if (!isDir(abs)) problems.push(dataError(name, null, null, "folder not found", null, `a folder at ${abs}`));
  };
  check(dirs.dataDir, given?.dataDir ?? dirs.dataDir);
  check(dirs.seedsDir, given?.seedsDir ?? dirs.seedsDir);
  // The default ../shared/reports may be absent (a plain clone); a folder the maintainer named must exist.
  if (given?.reportDirsFromEnv) for (const f of dirs.reportDirs ?? []) check(f.dir, f.label);
  return problems;
}

/** Shows paths relative to `from` (default the working directory) when they are inside it. */
function label(abs: string, from: string = process.cwd()): string {
  const rel = path.relative(from, abs);
  return rel.startsWith("..") || path.isAbsolute(rel) ? abs : rel.split(path.sep).join("/");
}

export function fsReader(dirs: DataDirs): FileReader {
  const shown = (abs: string) => label(abs, dirs.shownFrom);
  return (root, rel) => {
    if (root === "text") {
      const folders = [{ dir: dirs.seedsDir, label: shown(dirs.seedsDir) + "/" }, ...(dirs.reportDirs ?? [])];
      const found = findSeed(rel, folders);
      if (found.kind === "refused") return { refused: found.expected };
      if (found.kind === "absent") return { missing: found.looked.join(", ") };
      const external = found.folder.dir !== dirs.seedsDir;
      return { file: shown(path.join(found.folder.dir, rel)), bytes: new Uint8Array(readFileSync(found.abs)), abs: found.abs, external };
    }
    const abs = path.join(root === "data" ? dirs.dataDir : dirs.seedsDir, rel);
    if (!existsSync(abs)) return { missing: shown(abs) };
    return { file: shown(abs), bytes: new Uint8Array(readFileSync(abs)), abs };
  };
}

const reportOf = (meta: Located<ManifestRow>, r: ReportTables, seedPath: string | null): Report =>
  ({ meta, sections: r.sections.rows, figures: r.figures.rows, text: r.seed?.text ?? "", seedPath, hasText: r.textless !== true });

/** Reads and validates the dataset in `dirs`; throws DataValidationError on any problem. Not cached; every report in memory. */
export function readData(dirs: DataDirs = dataDirs()): Data {
  return readDataKeeping(dirs, null);
}

/**
 * Reads and validates everything; with `held` a number, keeps only each report's entry and reads a
 * report's tables again (through the same reader and table checks) when it is asked for, holding at
 * most `held` reports.
 */
function readDataKeeping(dirs: DataDirs, held: number | null): Data {
  const missingDirs = dirProblems(dirs);
  if (missingDirs.length > 0) throw new DataValidationError(missingDirs);
  const read = fsReader(dirs);
  const { dataset, errors, seedPaths } = readDataset(read);
  if (errors.length > 0) throw new DataValidationError(errors);
  const reportEntries = new Map<string, ReportEntry>();
  for (const meta of dataset.manifest.rows) {
    reportEntries.set(meta.id, { meta, seedPath: seedPaths.get(meta.id) ?? null, hasText: dataset.reports.get(meta.id)!.textless !== true });
  }
  const reports: ReadonlyMap<string, Report> = held === null
    ? new Map(dataset.manifest.rows.map((meta) => [meta.id, reportOf(meta, dataset.reports.get(meta.id)!, seedPaths.get(meta.id) ?? null)]))
    : rereadReports(read, dataset.manifest, held);
  return {
    manifest: dataset.manifest.rows,
    reports,
    reportEntries,
    areas: dataset.areas.rows,
    indicators: dataset.indicators.rows,
    indicatorValues: dataset.indicatorValues.rows,
    projects: dataset.projects.rows,
    topics: dataset.topics?.topics.rows ?? [],
    topicSentences: dataset.topics?.topicSentences.rows ?? [],
    context: dataset.context.rows,
  };
}

/**
 * Every report of `manifest`, each read again when asked for, `held` at most at a time. A function of
 * its own so that its loader closes over the reader and the manifest only, never the whole dataset.
 */
function rereadReports(read: FileReader, manifest: TableResult<ManifestRow>, held: number): LazyMap<string, Report> {
  const metaOf = new Map(manifest.rows.map((meta) => [meta.id, meta]));
  return new LazyMap(metaOf.keys(), (id) => rereadReport(read, manifest, metaOf.get(id)!), held);
}

/** One report read again after the whole dataset was validated; a file that changed since and is now invalid still stops the build. */
function rereadReport(read: FileReader, manifest: TableResult<ManifestRow>, meta: Located<ManifestRow>): Report {
  const errors: DataError[] = [];
  const { tables, seedPath } = readReportTables(read, manifest, meta, errors, []);
  if (errors.length > 0) throw new DataValidationError(errors);
  return reportOf(meta, tables, seedPath);
}

/**
 * How many reports loadData() holds at once. A page reads one report, sometimes two (the national
 * comparison); a few more keep the pages of one report from reading it again and again.
 */
export const REPORTS_HELD = 4;

const cache = new Map<string, Data>();

/** The validated dataset for the current DATA_DIR / SEEDS_DIR, read once per process; a few reports held at a time. */
export function loadData(): Data {
  const dirs = dataDirs();
  const key = `${dirs.dataDir}\0${dirs.seedsDir}`;
  let data = cache.get(key);
  if (!data) {
    data = readDataKeeping(dirs, REPORTS_HELD);
    cache.set(key, data);
  }
  return data;
}

export const loadManifest = (): Located<ManifestRow>[] => loadData().manifest;
export const loadAreas = (): Located<Area>[] => loadData().areas;
export const loadIndicators = (): Located<Indicator>[] => loadData().indicators;
export const loadIndicatorValues = (): Located<IndicatorValue>[] => loadData().indicatorValues;
export const loadProjects = (): Located<Project>[] => loadData().projects;
export const loadContext = (): Located<ContextFact>[] => loadData().context;

/** One report: its manifest row, sections and figures in reading order, and seed text. Do not keep it beyond the page. */
export function loadReport(reportId: string): Report {
  const report = loadData().reports.get(reportId);
  if (!report) {
    const known = [...loadData().reports.keys()].join(", ");
    throw new Error(`unknown report "${reportId}" — expected one of: ${known}`);
  }
  return report;
}

/** The section with this id, or undefined. */
export function sectionById(reportId: string, id: string): Located<Section> | undefined {
  return loadReport(reportId).sections.find((s) => s.id === id);
}

/** The figure with this id, or undefined. */
export function figureById(reportId: string, id: string): Located<Figure> | undefined {
  return loadReport(reportId).figures.find((f) => f.id === id);
}

/** Stand-ins per dataset read (loadData's cache) and report. */
const standIns = new WeakMap<Data, Map<string, Map<string, CitedFigure>>>();

/**
 * A figure of `reportId` as pages cite it (src/data/cited.ts): its figures.csv row when the report
 * has its text, else the stand-in from the curated row that names it; undefined when neither exists.
 */
export function citedFigure(reportId: string, id: string): CitedFigure | undefined {
  const report = loadReport(reportId);
  if (report.hasText) {
    const f = report.figures.find((x) => x.id === id);
    return f ? citedFromFigure(reportId, f) : undefined;
  }
  const data = loadData();
  let byReport = standIns.get(data);
  if (!byReport) standIns.set(data, (byReport = new Map()));
  let own = byReport.get(reportId);
  if (!own) byReport.set(reportId, (own = standInFigures(reportId, data.indicatorValues, data.indicators)));
  return own.get(id);
}
