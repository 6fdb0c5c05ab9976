/** The extract command, with all effects passed in so tests run it in memory. */
import { DATA_FILE, recordsToCsv } from "../lib/csv.ts";
import { checkReport } from "../data/validate.ts";
import { TABLES } from "../data/schema.ts";
import { readTableText } from "../data/table.ts";
import { formatDataError } from "../data/errors.ts";
import { decodeUtf8 } from "./decode.ts";
import { extractReport, type ExtractOptions } from "./extract.ts";
import { recordExtraction, seedOf } from "./extraction-record.ts";
import { InputError, parseManifest } from "./manifest.ts";
import { FIGURE_COLUMNS, SECTION_COLUMNS, type ReportMeta } from "./types.ts";

export interface Effects {
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, text: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  mkdir(path: string): Promise<void>;
  log(line: string): void;
  error(line: string): void;
}

export interface Outputs {
  "sections.csv": string;
  "figures.csv": string;
}

/** The two CSVs of a report, and the warnings the extraction gave. */
export function renderWithWarnings(text: string, meta: ReportMeta, file: string, options: ExtractOptions = {}): { out: Outputs; warnings: string[] } {
  const { sections, figures, warnings } = extractReport(text, meta, file, options);
  return { out: { "sections.csv": recordsToCsv(SECTION_COLUMNS, sections, DATA_FILE), "figures.csv": recordsToCsv(FIGURE_COLUMNS, figures, DATA_FILE) }, warnings };
}

/** The two CSVs of a report (exactly these two keys: callers write each entry as a file). */
export function renderReport(text: string, meta: ReportMeta, file: string, options: ExtractOptions = {}): Outputs {
  return renderWithWarnings(text, meta, file, options).out;
}

/**
 * The checks `npm run validate` runs on a report's generated tables (schema of every row, unique ids,
 * references, quotes at their offsets), run on the CSV text before it is written: extract never
 * writes what validate would refuse. Returns one message per problem.
 */
export function checkOutputs(out: Outputs, reportId: string, outDir: string): string[] {
  const sections = readTableText(out["sections.csv"], `${outDir}/sections.csv`, TABLES.sections);
  const figures = readTableText(out["figures.csv"], `${outDir}/figures.csv`, TABLES.figures);
  const errors = [...sections.errors, ...figures.errors, ...checkReport(reportId, { sections, figures, extraction: null, seed: null })];
  return errors.map(formatDataError);
}

/** Whether `path` can be read (the effects have no stat: a read that fails with an InputError is "no"). */
async function exists(fx: Effects, path: string): Promise<boolean> {
  try {
    await fx.readFile(path);
    return true;
  } catch (e) {
    if (e instanceof InputError) return false;
    throw e;
  }
}

/** Write `path.tmp` then rename, so a reader never sees a half-written CSV. */
async function writeAtomic(fx: Effects, path: string, text: string): Promise<void> {
  await fx.writeFile(`${path}.tmp`, text);
  await fx.rename(`${path}.tmp`, path);
}

/** Meta for a report outside the manifest: id from the file name, years from the headings. */
export function guessMeta(file: string, id?: string, reviewYear?: number, planYear?: number): ReportMeta {
  const base = file.split("/").pop()!.replace(/\.txt$/, "").replace(/-government-work-report$/, "");
  return {
    id: id ?? base.toLowerCase().replace(/[^a-z0-9-]+/g, "-"), place: "", place_en: "", level: "", year: 0,
    review_year: reviewYear ?? null, plan_year: planYear ?? null, title: "", file, source: "",
  };
}

async function extractOne(fx: Effects, path: string, meta: ReportMeta, outDir: string, options: ExtractOptions, dataDate?: string): Promise<void> {
  const text = decodeUtf8(await fx.readFile(path), path);
  const { out, warnings } = renderWithWarnings(text, meta, path, options);
  const problems = checkOutputs(out, meta.id, outDir);
  if (problems.length > 0) {
    throw new InputError([...problems, `${path}: nothing written to ${outDir}/ — the extraction would not pass validate (a pipeline bug: please report it with the report text)`].join("\n"));
  }
  for (const w of warnings) fx.error(`warning: ${w}`);
  await fx.mkdir(outDir);
  for (const name of ["sections.csv", "figures.csv"] as const) await writeAtomic(fx, `${outDir}/${name}`, out[name]);
  if (dataDate !== undefined) await recordExtraction(fx, outDir, meta.file, text, dataDate);
  const figures = out["figures.csv"].split("\n").length - 2;
  fx.log(`${meta.id}: ${out["sections.csv"].split("\n").length - 2} sections, ${figures} figures → ${outDir}/`);
}

const BOOLEAN_FLAGS = new Set(["--loose"]);

function parseFlags(args: string[]): { positional: string[]; flags: Map<string, string> } {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (BOOLEAN_FLAGS.has(a)) flags.set(a.slice(2), "true");
    else if (a.startsWith("--")) {
      const v = args[i + 1];
      if (v === undefined) throw new InputError(`flag ${a} needs a value`);
      flags.set(a.slice(2), v);
      i += 1;
    } else positional.push(a);
  }
  return { positional, flags };
}

function optionalYear(flags: Map<string, string>, name: string): number | undefined {
  const v = flags.get(name);
  if (v === undefined) return undefined;
  if (!/^\d{4}$/.test(v)) throw new InputError(`--${name} is "${v}", expected a 4-digit year`);
  return Number(v);
}

/** `extract` → every manifest seed into data/<id>/; `extract <file> --out <dir>` → one report. Returns the exit code. */
export async function runExtract(args: string[], fx: Effects, root = "."): Promise<number> {
  const problems: string[] = [];
  const attempt = async (f: () => Promise<void>): Promise<void> => {
    try {
      await f();
    } catch (e) {
      if (e instanceof InputError) problems.push(e.message);
      else throw e;
    }
  };
  await attempt(async () => {
    const { positional, flags } = parseFlags(args);
    if (positional.length > 1) throw new InputError(`expected at most one report file, got ${positional.length}`);
    const file = positional[0];
    const options: ExtractOptions = { loose: flags.has("loose") };
    if (file !== undefined) {
      const meta = guessMeta(file, flags.get("id"), optionalYear(flags, "review-year"), optionalYear(flags, "plan-year"));
      await extractOne(fx, file, meta, flags.get("out") ?? `${root}/data/${meta.id}`, options);
      return;
    }
    const manifestPath = `${root}/seeds/manifest.csv`;
    const manifestCsv = decodeUtf8(await fx.readFile(manifestPath), manifestPath);
    const rows = parseManifest(manifestCsv, manifestPath);
    for (const row of rows) {
      await attempt(async () => {
        const seed = seedOf(root, row.file, manifestPath, row.line);
        const outDir = `${root}/data/${row.id}`;
        // A text the project does not carry (../shared/reports or REPORTS_DIR) is extracted whenever it
        // is read: nothing is written, so no copy of it is committed. Absent with no tables in data/,
        // it is such a text too (a clone without ../shared); absent with tables, its seed is missing.
        if (seed.where === "outside") return fx.log(`${row.id}: ${row.file} is outside seeds/ (${seed.looked[0]}): extracted when read, nothing written`);
        if (seed.where === "absent" && !(await exists(fx, seed.path)) && !(await exists(fx, `${outDir}/sections.csv`))) {
          return fx.log(`${row.id}: ${row.file} is not present (looked in ${seed.looked.join(", ")}): nothing to extract; its curated rows stand for it`);
        }
        await extractOne(fx, seed.path, row, outDir, options, row.data_date);
      });
    }
  });
  for (const p of problems) fx.error(p);
  return problems.length ? 1 : 0;
}
