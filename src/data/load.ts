/**
 * Synchronous loaders for Astro pages, chart and story modules, and tests (no astro:content).
 * Data dir: env DATA_DIR, else `<cwd>/data`; seeds dir: env SEEDS_DIR, else `seeds` next to the data dir;
 * report texts: seeds dir, then the extra report folders (env REPORTS_DIR, else ../shared/reports).
 * The first call reads and validates everything once per process (per pair of folders) and
 * throws a DataValidationError listing every problem if anything is invalid.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { findSeed, reportFolders, type ReportFolder } from "../lib/report-folders";
import { citedFromFigure, standInFigures, type CitedFigure } from "./cited";
import { readDataset, type FileReader } from "./dataset";
import { dataError, DataValidationError, type DataError } from "./errors";
import type { ContextFact } from "./context";
import type { Area, Figure, Indicator, IndicatorValue, ManifestRow, Project, Section } from "./schema";
import type { Located } from "./table";
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

export interface Data {
  manifest: Located<ManifestRow>[];
  reports: Map<string, Report>;
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

/** Reads and validates the dataset in `dirs`; throws DataValidationError on any problem. Not cached. */
export function readData(dirs: DataDirs = dataDirs()): Data {
  const missingDirs = dirProblems(dirs);
  if (missingDirs.length > 0) throw new DataValidationError(missingDirs);
  const { dataset, errors, seedPaths } = readDataset(fsReader(dirs));
  if (errors.length > 0) throw new DataValidationError(errors);
  const reports = new Map<string, Report>();
  for (const meta of dataset.manifest.rows) {
    const r = dataset.reports.get(meta.id)!;
    reports.set(meta.id, { meta, sections: r.sections.rows, figures: r.figures.rows, text: r.seed?.text ?? "", seedPath: seedPaths.get(meta.id) ?? null, hasText: r.textless !== true });
  }
  return {
    manifest: dataset.manifest.rows,
    reports,
    areas: dataset.areas.rows,
    indicators: dataset.indicators.rows,
    indicatorValues: dataset.indicatorValues.rows,
    projects: dataset.projects.rows,
    topics: dataset.topics?.topics.rows ?? [],
    topicSentences: dataset.topics?.topicSentences.rows ?? [],
    context: dataset.context.rows,
  };
}

const cache = new Map<string, Data>();

/** The validated dataset for the current DATA_DIR / SEEDS_DIR, read once per process. */
export function loadData(): Data {
  const dirs = dataDirs();
  const key = `${dirs.dataDir}\0${dirs.seedsDir}`;
  let data = cache.get(key);
  if (!data) {
    data = readData(dirs);
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

/** One report: its manifest row, sections and figures in reading order, and seed text. */
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
