/**
 * `npm run validate`: checks every table under the data dir (DATA_DIR, default ./data), the seeds
 * (SEEDS_DIR) and the report texts (seeds/, then REPORTS_DIR or ../shared/reports). Prints every
 * problem, one per line, then the count, and exits 1 once the output has drained; or prints the
 * notices and a one-line summary.
 */
import { exitAfterDrain } from "../lib/exit-after-drain";
import { readDataset } from "./dataset";
import { formatDataErrors, type DataError } from "./errors";
import { dataDirs, dirProblems, fsReader } from "./load";

const count = (errors: readonly DataError[]) => `${errors.length} problem${errors.length === 1 ? "" : "s"} found.`;

const dirs = dataDirs();
const missing = dirProblems(dirs);
if (missing.length > 0) {
  process.stderr.write(`${formatDataErrors(missing)}\n${count(missing)}\n`);
  await exitAfterDrain(1);
}
const { dataset, errors, notices } = readDataset(fsReader(dirs));
if (notices.length > 0) process.stdout.write(`${notices.join("\n")}\n`);
if (errors.length > 0) {
  process.stderr.write(`${formatDataErrors(errors)}\n${count(errors)}\n`);
  await exitAfterDrain(1);
}
const reports = [...dataset.reports.entries()]
  .map(([id, r]) => `${id} (${r.sections.rows.length} sections, ${r.figures.rows.length} figures)`)
  .join(", ");
process.stdout.write(
  `data OK: ${reports}; ${dataset.areas.rows.length} areas, ${dataset.indicators.rows.length} indicators, ` +
    `${dataset.indicatorValues.rows.length} indicator values, ${dataset.projects.rows.length} projects` +
    `${dataset.topics ? `, ${dataset.topics.topics.rows.length} topics with ${dataset.topics.topicSentences.rows.length} sentences` : ""}.\n`,
);
await exitAfterDrain(0);
