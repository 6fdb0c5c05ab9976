/** The figure row contract for the new shapes (issue 13): periods as spans, the ratio measure, appendix parts. */
import { describe, expect, it } from "vitest";
import { TABLES } from "../data/schema.ts";
import { readTableText } from "../data/table.ts";
import { formatDataError } from "../data/errors.ts";
import { renderReport } from "./run.ts";
import { extractSeed, readSeed, seedMeta, seedPresent } from "./test-support.ts";

const HEADER = "id,report_id,section_id,order,offset,sentence,quote,value,value_max,unit,multiplier,base_value,base_value_max,base_unit,qualifier,measure,direction,period,status";
const row = (period: string, measure = "share", unit = "%") => `a-f1,r,a,1,0,占1/4。,1/4,1,,${unit},1,1,,${unit},,${measure},,${period},`;

describe("figures.csv period and measure", () => {
  it.each(["", "2024", "2021–2025", "2026–2030"])("period %j is accepted", (period) => {
    const t = readTableText(`${HEADER}\n${row(period)}\n`, "f.csv", TABLES.figures);
    expect(t.errors.map(formatDataError)).toEqual([]);
    expect(t.rows[0]!.period).toBe(period === "" ? null : period);
  });

  it.each(["2021-2025", "2025–2021", "24", "2021–", "十四五"])("period %j is refused with the expected forms", (period) => {
    const t = readTableText(`${HEADER}\n${row(period)}\n`, "f.csv", TABLES.figures);
    expect(t.errors.map(formatDataError)).toEqual([
      `f.csv:2:18 period ${JSON.stringify(period)} — expected blank, a year (2024) or a span of years (2021–2025, en dash)`,
    ]);
  });

  it("accepts the ratio measure with its unit as written", () => {
    const t = readTableText(`${HEADER}\n${row("2025", "ratio", "/4")}\n`, "f.csv", TABLES.figures);
    expect(t.errors).toEqual([]);
    expect(t.rows[0]).toMatchObject({ measure: "ratio", unit: "/4", value: 1 });
  });

  it("accepts appendix parts in sections.csv", () => {
    const h = "id,report_id,order,line,kind,part_no,part,area_no,para_no,heading,text,chars";
    const t = readTableText(`${h}\nappendix,r,1,9,part,4,appendix,,,附件,附件,2\n`, "s.csv", TABLES.sections);
    expect(t.errors).toEqual([]);
  });
});

describe("one contract: the pipeline writes exactly what the loaders read (src/data/schema.ts)", () => {
  // The national text lies outside the repository: checked when it is there.
  it.each(["yangquan-2024", "national-2024"].filter(seedPresent))("%s: rows with the schemas' columns, in their order, that the loaders accept", (id) => {
    const meta = seedMeta(id);
    const { sections, figures } = extractSeed(id);
    expect(sections.map((r) => Object.keys(r).sort())).toEqual(sections.map(() => [...TABLES.sections.columns].sort()));
    expect(figures.map((r) => Object.keys(r).sort())).toEqual(figures.map(() => [...TABLES.figures.columns].sort()));
    const out = renderReport(readSeed(meta), meta, meta.file);
    for (const [name, table, count] of [["sections.csv", TABLES.sections, sections.length], ["figures.csv", TABLES.figures, figures.length]] as const) {
      expect(out[name].slice(0, out[name].indexOf("\n"))).toBe(table.columns.join(","));
      const read = readTableText(out[name], name, table as typeof TABLES.sections);
      expect(read.errors.map(formatDataError)).toEqual([]);
      expect(read.rows).toHaveLength(count);
    }
  });
});
