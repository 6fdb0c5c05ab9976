/**
 * The whole of `npm run validate` as a function: checks every table under the data folder, the
 * seeds and the report texts, and returns what the command prints — notices and a one-line
 * summary on stdout when the data is valid; every problem (file:line:column …) and their count on
 * stderr when it is not. The CLI (cli-validate.ts) prints it; the safe build calls it in process,
 * so a refused build starts no extra process.
 */
import { readDataset } from "./dataset";
import { formatDataErrors, type DataError } from "./errors";
import { dirProblems, fsReader, type DataDirs } from "./load";

export interface ValidationReport {
  ok: boolean;
  /** What goes to stdout: notices, then the summary (when ok). Ends with a newline when not empty. */
  stdout: string;
  /** What goes to stderr: every problem, then their count (when not ok). */
  stderr: string;
}

const count = (errors: readonly DataError[]) => `${errors.length} problem${errors.length === 1 ? "" : "s"} found.`;

export function validationReport(dirs: DataDirs): ValidationReport {
  const missing = dirProblems(dirs);
  if (missing.length > 0) return { ok: false, stdout: "", stderr: `${formatDataErrors(missing)}\n${count(missing)}\n` };
  const { dataset, errors, notices } = readDataset(fsReader(dirs));
  const stdout = notices.length > 0 ? `${notices.join("\n")}\n` : "";
  if (errors.length > 0) return { ok: false, stdout, stderr: `${formatDataErrors(errors)}\n${count(errors)}\n` };
  const reports = [...dataset.reports.entries()]
    .map(([id, r]) => r.textless
      ? `${id} (text absent: ${dataset.indicatorValues.rows.filter((v) => v.report_id === id).length} curated values)`
      : `${id} (${r.sections.rows.length} sections, ${r.figures.rows.length} figures)`)
    .join(", ");
  const summary =
    `data OK: ${reports}; ${dataset.areas.rows.length} areas, ${dataset.indicators.rows.length} indicators, ` +
    `${dataset.indicatorValues.rows.length} indicator values, ${dataset.projects.rows.length} projects` +
    `${dataset.topics ? `, ${dataset.topics.topics.rows.length} topics with ${dataset.topics.topicSentences.rows.length} sentences` : ""}.\n`;
  return { ok: true, stdout: stdout + summary, stderr: "" };
}
