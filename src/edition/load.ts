/**
 * Reads every edition file in `<content dir>/editions/` (env CONTENT_DIR, else `src/content`) and
 * joins it with the validated data. Problems are DataErrors with file:line:column, all listed at once.
 */
import path from "node:path";
import { dataError, DataValidationError, type DataError } from "../data/errors";
import { loadData, type Data } from "../data/load";
import { editionOf, type Edition } from "./edition";
import { editionFileSchema } from "./schema";
import { fileLabel, readYamlFolder } from "./yaml-folder";

/** The content folder: env CONTENT_DIR (relative to the working directory), else `src/content`. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.CONTENT_DIR ?? "src/content");
}

/** Editions in `dir` (sorted by file name), checked against `data`; never throws for bad files. */
export function readEditions(dir: string, data: Pick<Data, "manifest" | "areas">): { editions: Edition[]; errors: DataError[] } {
  const folder = path.join(dir, "editions");
  const { files, errors } = readYamlFolder(folder, editionFileSchema);
  if (files.length === 0 && errors.length === 0) return { editions: [], errors: [dataError(fileLabel(folder), null, null, "folder", null, "at least one edition file <id>.yaml")] };
  const editions: Edition[] = [];
  const languagePaths = languageHomes(files.map((f) => f.data));
  for (const { name, file, ...parsed } of files) {
    const where = (field: string, expected: string) => {
      const { line, column, value } = parsed.locate([field]);
      return dataError(file, line, column, field, value, expected);
    };
    const { data: ed } = parsed;
    const report = data.manifest.find((m) => m.id === ed.report);
    if (!report) {
      errors.push(where("report", `an id from seeds/manifest.csv (${data.manifest.map((m) => m.id).join(", ")})`));
      continue;
    }
    if (!data.areas.some((a) => a.report_id === ed.report)) errors.push(where("report", `a report with its work areas in data/areas.csv`));
    if (name !== `${ed.id}.yaml`) errors.push(where("id", `the file name without .yaml ("${name.replace(/\.yaml$/, "")}")`));
    for (const other of editions) {
      if (other.path === ed.path) errors.push(where("path", `a path no other edition uses ("${other.id}" has "${ed.path}")`));
      if (other.reportId === ed.report && other.lang === ed.lang) errors.push(where("report", `one edition per report and language ("${other.id}" is ${ed.report} in ${ed.lang})`));
    }
    editions.push(editionOf(ed, report, data.areas, languagePaths.get(ed.lang) ?? ed.path));
  }
  if (errors.length === 0 && !editions.some((e) => e.path === "")) {
    errors.push(dataError(fileLabel(folder), null, null, "path", null, `one edition at the site root (path: "")`));
  }
  return { editions, errors };
}

/** Root edition first, then by path: the order of the nav, the build and `languagePath`. */
function byPath(a: { path: string }, b: { path: string }): number {
  return a.path === "" ? -1 : b.path === "" ? 1 : a.path.localeCompare(b.path);
}

/** For each language, the path of its first edition (in path order): where its language-wide pages live. */
function languageHomes(files: readonly { lang: string; path: string }[]): Map<string, string> {
  const homes = new Map<string, string>();
  for (const f of [...files].sort(byPath)) if (!homes.has(f.lang)) homes.set(f.lang, f.path);
  return homes;
}

const cache = new Map<string, Edition[]>();

/** Every edition, root edition first; read once per content folder and throws on any problem. */
export function loadEditions(): Edition[] {
  const dir = contentDir();
  let editions = cache.get(dir);
  if (!editions) {
    const result = readEditions(dir, loadData());
    if (result.errors.length > 0) throw new DataValidationError(result.errors);
    editions = [...result.editions].sort(byPath);
    cache.set(dir, editions);
  }
  return editions;
}

/** The edition at the site root (tests and tools; pages take their edition from their route). */
export function siteEdition(): Edition {
  return loadEditions()[0]!;
}

/**
 * The editions that build the language-wide pages (/data/, /about/, /corrections/, /reports/…):
 * the first edition of each language, at whose path (`languagePath`) those pages live.
 */
export function languageEditions(): Edition[] {
  return loadEditions().filter((e) => e.path === e.languagePath);
}

/** The same report told in other languages (for hreflang links): every other edition of the edition's report. */
export function alternatesOf(edition: Edition): Edition[] {
  return loadEditions().filter((e) => e.reportId === edition.reportId && e.id !== edition.id);
}

