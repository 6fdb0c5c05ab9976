/**
 * The development corpus (../shared/reports/: the national and Shanxi reports and sixteen provincial
 * reports), read in place, never copied. For every report: it extracts, and the result passes the same
 * checks `npm run validate` runs (in process, with a manifest of all of them next to the project's own
 * curated tables). For a hand-checked sample of each (corpus-samples.ts): recall ≥ 99%, false figures
 * < 1% of those emitted, units right on ≥ 99%, and the period and status the text gives.
 *
 * A clone without ../shared skips these tests, saying so.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDataset, type FileReader } from "../data/dataset.ts";
import { formatDataError } from "../data/errors.ts";
import { extractReport, type Extraction } from "./extract.ts";
import { SAMPLES, type Sample } from "./corpus-samples.ts";
import { checkOutputs, guessMeta, renderReport, renderWithWarnings } from "./run.ts";
import { repoPath } from "./test-support.ts";
import type { FigureRow } from "./types.ts";
import { seedHash } from "../lib/seed-hash.ts";
import { seedPathOf } from "./extraction-record.ts";

const SHARED = path.resolve(repoPath("."), "../shared/reports");
const present = existsSync(SHARED);
if (!present) console.warn(`corpus tests skipped: ${SHARED} is absent (the development corpus lives in ../shared/reports/, outside the repository)`);

const corpusFiles = (): string[] =>
  present
    ? [
        ...readdirSync(SHARED).filter((f) => f.endsWith(".txt")),
        ...readdirSync(path.join(SHARED, "provinces")).filter((f) => f.endsWith(".txt")).map((f) => `provinces/${f}`),
      ].sort()
    : [];

const cache = new Map<string, Extraction>();
function extracted(file: string): Extraction {
  let x = cache.get(file);
  if (!x) {
    x = extractReport(readFileSync(path.join(SHARED, file), "utf8"), guessMeta(file), file);
    cache.set(file, x);
  }
  return x;
}

interface Score {
  expected: number;
  emitted: number;
  found: number;
  unitRight: number;
  qualifierRight: number;
  periodRight: number;
  misses: string[];
  falses: string[];
  wrong: string[];
}

/** Matches the sample's expected figures to the emitted ones by value and position in the line. */
function score(sample: Sample): Score {
  const { sections, figures } = extracted(sample.file);
  const section = sections.find((s) => s.line === sample.line);
  if (!section) throw new Error(`${sample.file}:${sample.line}: no section on that line`);
  const emitted = figures.filter((x) => x.section_id === section.id);
  const used = new Set<FigureRow>();
  // Expected figures are listed in reading order: each is found after the one before it.
  let cursor = 0;
  const s: Score = { expected: sample.figures.length, emitted: emitted.length, found: 0, unitRight: 0, qualifierRight: 0, periodRight: 0, misses: [], falses: [], wrong: [] };
  for (const e of sample.figures) {
    // The next occurrence that starts a number (5%左右 inside 5.5%左右, or 8件 inside 578件, is not one).
    let at = section.text.indexOf(e.written, cursor);
    while (at > 0 && /[\d.]/.test(section.text.charAt(at - 1))) at = section.text.indexOf(e.written, at + 1);
    if (at === -1) throw new Error(`${sample.file}:${sample.line}: sample text "${e.written}" is not in the line (a mistake in corpus-samples.ts)`);
    cursor = at + 1;
    const hit = emitted.find((x) => !used.has(x) && x.value === e.value && x.offset < at + e.written.length && at < x.offset + x.quote.length);
    if (!hit) {
      s.misses.push(`${e.written} (${e.value} ${e.unit})`);
      continue;
    }
    used.add(hit);
    s.found += 1;
    if (hit.unit === e.unit) s.unitRight += 1;
    else s.wrong.push(`unit of ${e.written}: ${hit.unit || "blank"}, expected ${e.unit || "blank"}`);
    if (hit.qualifier === e.qualifier) s.qualifierRight += 1;
    else s.wrong.push(`qualifier of ${e.written}: "${hit.qualifier}", expected "${e.qualifier}"`);
    if (hit.period === sample.period && hit.status === sample.status) s.periodRight += 1;
    else s.wrong.push(`period of ${e.written}: ${hit.period ?? "blank"} ${hit.status || "blank"}, expected ${sample.period ?? "blank"} ${sample.status || "blank"}`);
  }
  for (const x of emitted) if (!used.has(x)) s.falses.push(`${x.quote} (${x.value} ${x.unit})`);
  return s;
}

const sum = (xs: Score[]): Score =>
  xs.reduce(
    (a, b) => ({
      expected: a.expected + b.expected, emitted: a.emitted + b.emitted, found: a.found + b.found, unitRight: a.unitRight + b.unitRight,
      qualifierRight: a.qualifierRight + b.qualifierRight, periodRight: a.periodRight + b.periodRight,
      misses: [...a.misses, ...b.misses], falses: [...a.falses, ...b.falses], wrong: [...a.wrong, ...b.wrong],
    }),
    { expected: 0, emitted: 0, found: 0, unitRight: 0, qualifierRight: 0, periodRight: 0, misses: [], falses: [], wrong: [] },
  );

describe.skipIf(!present)("development corpus (../shared/reports)", () => {
  const files = corpusFiles();

  it("holds the national and Shanxi reports and sixteen provincial reports, each with a hand-checked sample", () => {
    expect(files).toHaveLength(18);
    expect(files.filter((f) => !SAMPLES.some((s) => s.file === f))).toEqual([]);
  });

  describe.each(files)("%s", (file) => {
    it("extracts into tables that pass the checks validate runs, with unique ids and no warnings", () => {
      const meta = guessMeta(file);
      const { out, warnings } = renderWithWarnings(readFileSync(path.join(SHARED, file), "utf8"), meta, file);
      expect(checkOutputs(out, meta.id, `data/${meta.id}`)).toEqual([]);
      expect(warnings).toEqual([]);
      const { sections } = extracted(file);
      expect(new Set(sections.map((s) => s.id)).size).toBe(sections.length);
    });

    it("on its hand-checked sample: recall ≥ 99%, false figures < 1%, units ≥ 99%, periods and statuses as the text says", () => {
      const s = sum(SAMPLES.filter((x) => x.file === file).map(score));
      expect({ misses: s.misses, falses: s.falses, wrong: s.wrong }).toEqual({ misses: [], falses: [], wrong: [] });
      expect(s.found / Math.max(1, s.expected)).toBeGreaterThanOrEqual(0.99);
      expect((s.emitted - s.found) / Math.max(1, s.emitted)).toBeLessThan(0.01);
      expect(s.unitRight / Math.max(1, s.found)).toBeGreaterThanOrEqual(0.99);
    });
  });

  it("all of them in one manifest, next to the project's curated tables, pass readDataset (what validate and the build read)", () => {
    const data = new Map<string, string>();
    const seeds = new Map<string, string>();
    const rows = ["id,place,place_en,level,year,review_year,plan_year,title,file,source,data_date"];
    rows.push(...readFileSync(repoPath("seeds/manifest.csv"), "utf8").trim().split("\n").slice(1));
    for (const m of readFileSync(repoPath("seeds/manifest.csv"), "utf8").trim().split("\n").slice(1)) {
      const [id, , , , , , , , file] = m.split(",");
      seeds.set(file!, readFileSync(seedPathOf(repoPath("."), file!, "seeds/manifest.csv", 0), "utf8"));
      // A text outside the repository (national-2024) has no committed tables: it is extracted when read.
      for (const t of ["sections.csv", "figures.csv", "extraction.csv"]) if (existsSync(repoPath(`data/${id}/${t}`))) data.set(`${id}/${t}`, readFileSync(repoPath(`data/${id}/${t}`), "utf8"));
    }
    for (const file of files) {
      const meta = guessMeta(file);
      const id = `corpus-${meta.id}`;
      const text = readFileSync(path.join(SHARED, file), "utf8");
      const out = renderReport(text, { ...meta, id }, file);
      const { review, plan } = (() => {
        const figs = extracted(file).figures;
        const year = (status: string) => figs.find((x) => x.status === status && x.period !== null && /^\d{4}$/.test(x.period))?.period ?? "";
        return { review: year("actual"), plan: year("target") };
      })();
      const base = path.basename(file);
      rows.push(`${id},某地,Somewhere,province,${plan || review},${review},${plan},${base},${base},../shared/reports/${file},2026-11-30`);
      seeds.set(base, text);
      data.set(`${id}/sections.csv`, out["sections.csv"]);
      data.set(`${id}/figures.csv`, out["figures.csv"]);
      data.set(`${id}/extraction.csv`, `file,sha256,data_date\n${base},${seedHash(text)},2026-11-30\n`);
    }
    seeds.set("manifest.csv", rows.join("\n") + "\n");
    for (const t of ["areas.csv", "indicators.csv", "indicator-values.csv", "projects.csv"]) data.set(t, readFileSync(repoPath(`data/${t}`), "utf8"));
    const reader: FileReader = (root, rel) => {
      const text = (root === "data" ? data : seeds).get(rel); // "text" (report texts) and "seeds" share one map
      if (text === undefined) return null;
      // A text that is not in the repository's seeds/ is external, as fsReader says: extracted when read.
      const external = root === "text" && !existsSync(repoPath(`seeds/${rel}`));
      return { file: `${root}/${rel}`, bytes: new TextEncoder().encode(text), external };
    };
    const { errors, dataset } = readDataset(reader);
    expect(errors.map(formatDataError)).toEqual([]);
    expect(dataset.reports.size).toBe(2 + files.length);
  });

  it("over all samples: recall, false figures, units, qualifiers and periods (reported in the test name's output)", () => {
    const s = sum(SAMPLES.map(score));
    const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
    console.info(
      `corpus samples: ${SAMPLES.length} lines, ${s.expected} expected figures, ${s.emitted} emitted; ` +
        `recall ${pct(s.found, s.expected)}, false ${pct(s.emitted - s.found, s.emitted)}, units ${pct(s.unitRight, s.found)}, ` +
        `qualifiers ${pct(s.qualifierRight, s.found)}, period+status ${pct(s.periodRight, s.found)}`,
    );
    expect(s.expected).toBeGreaterThanOrEqual(240);
    expect(s.found / s.expected).toBeGreaterThanOrEqual(0.99);
    expect((s.emitted - s.found) / s.emitted).toBeLessThan(0.01);
    expect(s.unitRight / s.found).toBeGreaterThanOrEqual(0.99);
  });
});
