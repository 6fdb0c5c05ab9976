/**
 * `npm run validate`: checks every table under the data dir (DATA_DIR, default ./data) and the
 * seeds (SEEDS_DIR). Prints every problem, one per line, and exits 1; or prints a one-line summary.
 */
import { readDataset } from "./dataset";
import { formatDataErrors } from "./errors";
import { dataDirs, fsReader } from "./load";

const dirs = dataDirs();
const { dataset, errors } = readDataset(fsReader(dirs));
if (errors.length > 0) {
  process.stderr.write(`${formatDataErrors(errors)}\n${errors.length} problem${errors.length === 1 ? "" : "s"} found.\n`);
  process.exit(1);
}
const reports = [...dataset.reports.entries()]
  .map(([id, r]) => `${id} (${r.sections.rows.length} sections, ${r.figures.rows.length} figures)`)
  .join(", ");
process.stdout.write(
  `data OK: ${reports}; ${dataset.areas.rows.length} areas, ${dataset.indicators.rows.length} indicators, ` +
    `${dataset.indicatorValues.rows.length} indicator values, ${dataset.projects.rows.length} projects.\n`,
);
