import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { loadManifest, loadReport } from "../data/load";
import { figureToEnglish, needsNoun, splitUnit, writtenFields } from "../lib/en-number";
import { nounsOf } from "./nouns";

/**
 * src/content/nouns/en.yaml: every figure of every report an English page can show that is counted
 * with a context-dependent word (个, 户, 项 …) has its English noun, and every entry names such a figure.
 */
const nouns = nounsOf("en");
const reports = loadManifest().filter((m) => m.id === "yangquan-2024");

describe("English nouns for counted figures", () => {
  it.each(reports.map((r) => r.id))("%s: every figure counted with 个/户/项… has a noun, so it converts", (reportId) => {
    const figures = loadReport(reportId).figures.filter((f) => needsNoun(f.unit));
    expect(figures.length).toBeGreaterThan(0);
    const missing = figures.filter((f) => !nouns.nouns.has(f.id)).map((f) => `${f.id} "${f.quote}"`);
    expect(missing).toEqual([]);
    for (const f of figures) expect(figureToEnglish(writtenFields(f), { noun: nouns.nouns.get(f.id)! })).not.toMatch(/\p{Script=Han}/u);
  });

  it("no figure was written with zeros after its decimal point (the loaded number would lose them)", () => {
    const csv = readFileSync("data/yangquan-2024/figures.csv", "utf8");
    const written = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(written.filter((r) => /\.\d*0$/.test(r.value ?? "") || /\.\d*0$/.test(r.value_max ?? "")).map((r) => r.id)).toEqual([]);
  });

  it("names only figures that exist and are counted", () => {
    const figures = new Map(reports.flatMap((r) => loadReport(r.id).figures.map((f) => [f.id, f] as const)));
    const wrong = [...nouns.nouns.keys()].flatMap((id) => {
      const f = figures.get(id);
      const where = `${nouns.file}:${nouns.at.get(id)!.line}:${nouns.at.get(id)!.column}`;
      if (!f) return [`${where} ${id}: no such figure`];
      return splitUnit(f.unit).rule.kind === "counter" ? [] : [`${where} ${id}: "${f.unit}" is not a counter`];
    });
    expect(wrong).toEqual([]);
  });

  it("converts with the figure's own noun", () => {
    const f = loadReport("yangquan-2024").figures.find((x) => x.id === "review-1-f3")!;
    expect(figureToEnglish(writtenFields(f), { noun: nouns.nouns.get(f.id)! })).toBe(`${f.value} mines`);
  });
});
