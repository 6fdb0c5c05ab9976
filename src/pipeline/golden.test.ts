import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderReport, renderWithWarnings } from "./run.ts";
import { extractSeed, manifest, readRepo, readSeed, seedPresent } from "./test-support.ts";

// A text outside the repository that is absent (a clone without ../shared) has nothing to extract.
describe.each(manifest().filter((m) => seedPresent(m.id)).map((m) => [m.id, m] as const))("golden output for %s", (id, meta) => {
  const text = readSeed(meta);
  const out = renderReport(text, meta, meta.file);

  // A text outside the repository (national-2024) has no committed tables: it is extracted when read.
  if (existsSync(fileURLToPath(new URL(`../../data/${id}/sections.csv`, import.meta.url)))) {
    it.each(["sections.csv", "figures.csv"] as const)("%s equals the committed file byte for byte", (name) => {
      expect(out[name]).toBe(readRepo(`data/${id}/${name}`));
    });
  }

  it("is deterministic", () => {
    const again = renderReport(text, meta, meta.file);
    expect(again["sections.csv"]).toBe(out["sections.csv"]);
    expect(again["figures.csv"]).toBe(out["figures.csv"]);
  });

  it("extracts with no warnings, and renderReport gives exactly the two CSVs", () => {
    expect(renderWithWarnings(text, meta, meta.file).warnings).toEqual([]);
    expect(Object.keys(out)).toEqual(["sections.csv", "figures.csv"]);
  });
});

/**
 * What the general extractor (issue 13) changed in the committed outputs, and why. Everything not
 * listed here is byte-for-byte what it was before (the golden tests above).
 * - yangquan-2024: nothing. Its 87 sections and 190 figures, ids, values, units, qualifiers, periods
 *   and statuses are unchanged, so the stories, the figure-refs lock and indicator-values.csv keep their ids.
 * - national-2024: the 16 figures of part 二 (2024年经济社会发展总体要求和政策取向) had a blank period
 *   and status; they are the year's targets (主要预期目标, 赤字率拟按3%安排 …), so they now have period
 *   2024 and status target. Same ids, values and units.
 */
describe("changes from the previous extraction, and only those", () => {
  it("yangquan-2024: unchanged (190 figures, 87 sections)", () => {
    const { sections, figures } = extractSeed("yangquan-2024");
    expect([sections.length, figures.length]).toEqual([87, 190]);
  });

  it.runIf(seedPresent("national-2024"))("national-2024: the 总体要求 part's 16 figures are now the 2024 targets; the rest keep their periods", () => {
    const { figures } = extractSeed("national-2024");
    const part2 = figures.filter((f) => f.section_id.startsWith("part2"));
    expect(part2.map((f) => f.id)).toEqual([
      "part2-p1-f1", "part2-p3-f1", "part2-p3-f2", "part2-p3-f3", "part2-p3-f4", "part2-p3-f5", "part2-p3-f6", "part2-p4-f1",
      "part2-p6-f1", "part2-p6-f2", "part2-p6-f3", "part2-p6-f4", "part2-p6-f5", "part2-p6-f6", "part2-p6-f7", "part2-p6-f8",
    ]);
    expect(new Set(part2.map((f) => `${f.period} ${f.status}`))).toEqual(new Set(["2024 target"]));
    const rest = figures.filter((f) => !f.section_id.startsWith("part2"));
    expect(new Set(rest.map((f) => `${f.section_id.split("-")[0]} ${f.period} ${f.status}`))).toEqual(new Set(["review 2023 actual", "plan 2024 target"]));
  });
});
