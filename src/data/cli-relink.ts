/**
 * `npm run data:relink [-- --write]`: after re-extraction, shows (or writes) the figure_id
 * changes indicator-values.csv needs. Values, quotes and qualifiers are never changed here:
 * if they no longer match, `npm run validate` says so and a person decides.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { exitAfterDrain } from "../lib/exit-after-drain";
import { readDataset } from "./dataset";
import { dataDirs, fsReader } from "./load";
import { proposeFigure, relinkFigureIds, type RelinkReport } from "./relink";

const dirs = dataDirs();
const { dataset } = readDataset(fsReader(dirs));
// A report whose text is absent has no figures to relink to: its rows are left as they are.
const textless = [...dataset.reports].filter(([, r]) => r.textless).map(([id]) => id);
for (const id of textless) console.log(`${id}: its text is absent (looked in seeds/ and the report folders): its rows are not relinked`);
const reports = new Map<string, RelinkReport>(
  [...dataset.reports].filter(([, r]) => !r.textless).map(([id, r]) => [id, { sections: r.sections.rows, figures: r.figures.rows }]),
);
const { changes, unresolved } = relinkFigureIds(dataset.indicatorValues.rows, reports);
const file = path.join(dirs.dataDir, "indicator-values.csv");
for (const c of changes) console.log(`${dataset.indicatorValues.file}:${c.line} figure_id ${c.from} → ${c.to}`);
const rowAt = new Map(dataset.indicatorValues.rows.map((v) => [v.line, v]));
for (const u of unresolved) {
  const where = `${dataset.indicatorValues.file}:${u.line}`;
  const v = rowAt.get(u.line)!;
  const proposal = proposeFigure(v, reports.get(v.report_id)!);
  console.log(`${where} quote ${JSON.stringify(u.quote)}: no figure with value ${v.value}${v.value_max === null ? "" : `-${v.value_max}`} stands inside it (${u.candidates.join(", ") || "no figure at all"}).`);
  if (proposal) {
    const f = proposal.figure;
    const edits = Object.entries(proposal.cells).map(([k, c]) => `${k}=${JSON.stringify(c)}`).join(", ");
    console.log(`  best match: figure ${f.id} ${JSON.stringify(f.quote)} in ${f.section_id}: ${JSON.stringify(f.sentence)} (similarity ${proposal.score.toFixed(2)})`);
    console.log(`  if that is the same indicator, edit line ${u.line}: ${edits}`);
  } else {
    console.log(`  no figure in ${v.report_id} resembles it: if the report no longer gives this figure, set status=not_stated on line ${u.line}, blank value, value_max, qualifier, quote and figure_id, and say in note what the report gives instead.`);
  }
}
if (process.argv.includes("--write") && changes.length > 0) {
  // Edit only the figure_id cell on each changed line, so the rest of the file stays byte-identical.
  const lines = readFileSync(file, "utf8").split("\n");
  for (const c of changes) {
    const i = c.line - 1;
    lines[i] = lines[i]!.replace(`,${c.from},`, `,${c.to},`);
  }
  writeFileSync(file, lines.join("\n"));
  console.log(`${changes.length} figure_id${changes.length === 1 ? "" : "s"} updated in ${file}.`);
} else {
  console.log(`${changes.length} change(s), ${unresolved.length} unresolved.${changes.length ? " Run with --write to apply." : ""}`);
}
await exitAfterDrain(unresolved.length > 0 ? 1 : 0);
