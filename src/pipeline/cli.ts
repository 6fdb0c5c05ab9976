/** npm run extract [-- <report.txt> --out <dir> [--id x] [--review-year N] [--plan-year N]] */
import { nodeEffects } from "./node-effects.ts";
import { runExtract } from "./run.ts";

process.exitCode = await runExtract(process.argv.slice(2), nodeEffects);
