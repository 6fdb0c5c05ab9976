/**
 * `npm run validate`: checks every table under the data dir (DATA_DIR, default ./data), the seeds
 * (SEEDS_DIR) and the report texts (seeds/, then REPORTS_DIR or ../shared/reports). Prints every
 * problem, one per line, then the count, and exits 1 once the output has drained; or prints the
 * notices and a one-line summary. The checks are validationReport (validation-report.ts), which
 * the safe build also calls in process.
 */
import { exitAfterDrain } from "../lib/exit-after-drain";
import { dataDirs } from "./load";
import { validationReport } from "./validation-report";

const report = validationReport(dataDirs());
if (report.stdout) process.stdout.write(report.stdout);
if (report.stderr) process.stderr.write(report.stderr);
await exitAfterDrain(report.ok ? 0 : 1);
