/**
 * Runs the data validator (src/data/validation-report.ts, the checks behind `npm run validate`)
 * against a data folder, in this process: a refused build starts no extra process. Folders are
 * read as `npm run validate` run from `root` would read them: DATA_DIR = `dataDir`, SEEDS_DIR and
 * REPORTS_DIR from this process's environment, relative paths from `root`.
 */
import { dataDirs } from "../data/load.ts";
import { validationReport } from "../data/validation-report.ts";

export interface ValidationResult {
  ok: boolean;
  /** Everything the validator printed (stdout then stderr). */
  output: string;
}

export async function validateData(root: string, dataDir: string, env: NodeJS.ProcessEnv = process.env): Promise<ValidationResult> {
  const report = validationReport(dataDirs({ ...env, DATA_DIR: dataDir }, root));
  return { ok: report.ok, output: (report.stdout + report.stderr).trim() };
}
