/**
 * Synchronous loaders for Astro pages, chart and story modules, and tests (no astro:content).
 * Data dir: env DATA_DIR, else `<cwd>/data`; seeds dir: env SEEDS_DIR, else `seeds` next to the data dir.
 * The first call reads and validates everything once per process (per pair of folders) and
 * throws a DataValidationError listing every problem if anything is invalid.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { readDataset, type FileReader } from "./dataset";
import { DataValidationError } from "./errors";
import type { Area, Figure, Indicator, IndicatorValue, ManifestRow, Project, Section } from "./schema";
import type { Located } from "./table";

export interface DataDirs {
  dataDir: string;
  seedsDir: string;
}

export interface Report {
  meta: Located<ManifestRow>;
  sections: Located<Section>[];
  figures: Located<Figure>[];
  /** The seed text (BOM removed), for quotes and annotated reading. */
  text: string;
}

export interface Data {
  manifest: Located<ManifestRow>[];
  reports: Map<string, Report>;
  areas: Located<Area>[];
  indicators: Located<Indicator>[];
  indicatorValues: Located<IndicatorValue>[];
  projects: Located<Project>[];
}

/** Folders from the environment (DATA_DIR / SEEDS_DIR, relative to the working directory). */
export function dataDirs(env: NodeJS.ProcessEnv = process.env): DataDirs {
  const dataDir = path.resolve(env.DATA_DIR ?? "data");
  const seedsDir = path.resolve(env.SEEDS_DIR ?? path.join(path.dirname(dataDir), "seeds"));
  return { dataDir, seedsDir };
}

/** Shows paths relative to the working directory when they are inside it. */
function label(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel.startsWith("..") || path.isAbsolute(rel) ? abs : rel.split(path.sep).join("/");
}

export function fsReader(dirs: DataDirs): FileReader {
  return (root, rel) => {
    const abs = path.join(root === "data" ? dirs.dataDir : dirs.seedsDir, rel);
    if (!existsSync(abs)) return null;
    return { file: label(abs), bytes: new Uint8Array(readFileSync(abs)) };
  };
}

/** Reads and validates the dataset in `dirs`; throws DataValidationError on any problem. Not cached. */
export function readData(dirs: DataDirs = dataDirs()): Data {
  const { dataset, errors } = readDataset(fsReader(dirs));
  if (errors.length > 0) throw new DataValidationError(errors);
  const reports = new Map<string, Report>();
  for (const meta of dataset.manifest.rows) {
    const r = dataset.reports.get(meta.id)!;
    reports.set(meta.id, { meta, sections: r.sections.rows, figures: r.figures.rows, text: r.seed?.text ?? "" });
  }
  return {
    manifest: dataset.manifest.rows,
    reports,
    areas: dataset.areas.rows,
    indicators: dataset.indicators.rows,
    indicatorValues: dataset.indicatorValues.rows,
    projects: dataset.projects.rows,
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
