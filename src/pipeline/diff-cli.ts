/** npm run data:diff — re-extract every manifest seed in memory and compare with the committed data/<id>/*.csv. Exit 0. */
import { existsSync, readFileSync } from "node:fs";
import Papa from "papaparse";
import { decodeUtf8 } from "./decode.ts";
import { diffFigures, diffSections, formatDiff, type Row } from "./diff.ts";
import { InputError, parseManifest } from "./manifest.ts";
import { seedOf } from "./extraction-record.ts";
import { renderReport } from "./run.ts";

const parse = (csv: string): Row[] => Papa.parse<Row>(csv, { header: true, skipEmptyLines: true }).data;
const readOr = (p: string): string => (existsSync(p) ? readFileSync(p, "utf8") : "");

try {
  const rows = parseManifest(readFileSync("seeds/manifest.csv", "utf8"));
  const lines: string[] = [];
  for (const [i, meta] of rows.entries()) {
    const seed = seedOf(".", meta.file, "seeds/manifest.csv", i + 2);
    // A text outside seeds/ has no committed tables (it is extracted when read): nothing to compare.
    if (seed.where !== "seeds" && !existsSync(`data/${meta.id}/sections.csv`)) {
      lines.push(`## ${meta.id}`, `${meta.file}: ${seed.where === "outside" ? `outside seeds/ (${seed.looked[0]}), extracted when read` : "not present"}; no committed tables to compare`, "");
      continue;
    }
    const path = seed.path;
    const fresh = renderReport(decodeUtf8(new Uint8Array(readFileSync(path)), path), meta, path);
    const sections = diffSections(parse(readOr(`data/${meta.id}/sections.csv`)), parse(fresh["sections.csv"]));
    const figures = diffFigures(parse(readOr(`data/${meta.id}/figures.csv`)), parse(fresh["figures.csv"]));
    lines.push(...formatDiff(meta.id, sections, figures), "");
  }
  console.log(lines.join("\n").trimEnd());
} catch (e) {
  if (!(e instanceof InputError)) throw e;
  console.error(e.message);
  process.exitCode = 1;
}
