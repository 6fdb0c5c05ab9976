/** The pure view models behind /reports/<id>/ and /data/, on the real data and on small inputs. */
import path from "node:path";
import { describe, expect, test } from "vitest";
import { dataDirs, readData } from "../data/load";
import { contentHash } from "./data-version";
import { datasetLd, jsonLdText } from "./dataset-ld";
import { figureTableRows } from "./figure-table";
import { reportOutline } from "./outline";
import { reportCharts, headingLabel } from "./report-charts";
import { gapText, statedText } from "./target-view";

// The repository's folders, with ../shared/reports as the build reads it (a text there is extracted when read).
const data = readData(dataDirs({}));

// A report whose text is absent (no ../shared) has only curated rows: no outline or figures to test.
describe.each([...data.reports.keys()].filter((id) => data.reports.get(id)!.hasText))("report %s", (id) => {
  const r = data.reports.get(id)!;
  const outline = reportOutline(r.sections, r.figures);

  test("the outline accounts for every paragraph, figure and character exactly once", () => {
    expect(outline.reduce((n, p) => n + p.figures, 0)).toBe(r.figures.length);
    expect(outline.reduce((n, p) => n + p.chars, 0)).toBe(r.sections.reduce((n, s) => n + s.chars, 0));
    for (const p of outline) {
      expect(p.areas.reduce((n, a) => n + a.figures, 0)).toBeLessThanOrEqual(p.figures);
      for (const a of p.areas) expect(a.figures).toBe(r.figures.filter((f) => r.sections.find((s) => s.id === f.section_id)!.area_no === a.areaNo && f.section_id.startsWith(`${p.id}-`)).length);
    }
  });

  test("the table has one row per figure, in reading order, qualifiers kept", () => {
    const rows = figureTableRows(r.figures, r.sections);
    expect(rows.map((row) => row.id)).toEqual([...r.figures].sort((a, b) => a.order - b.order).map((f) => f.id));
    for (const row of rows) {
      const f = r.figures.find((x) => x.id === row.id)!;
      for (const q of f.qualifier.split("|").filter(Boolean)) expect(row.qualifier).toContain(q);
    }
  });

  test("charts: figures per part add up to the report's figures, each chart has unique labels", () => {
    const charts = reportCharts(id, outline, r.figures);
    const byPart = charts[0]!.result.table.rows.map((row) => Number(row.count));
    expect(byPart.reduce((a, b) => a + b, 0)).toBe(r.figures.length);
    for (const c of charts) {
      const terms = c.result.table.rows.map((row) => row.term);
      expect(new Set(terms).size).toBe(terms.length);
      expect(c.result.svg.startsWith("<svg")).toBe(true);
    }
  });
});

test("the outline on a tiny report: intro, a part with an inline-heading area and a paragraph area", () => {
  const s = (id: string, kind: "part" | "area" | "paragraph", part_no: number, area_no: number | null, heading: string, chars: number, order: number) =>
    ({ id, kind, part: part_no === 0 ? ("intro" as const) : ("plan" as const), part_no, area_no, heading, chars, order });
  const outline = reportOutline(
    [
      s("intro-p1", "paragraph", 0, null, "", 10, 1),
      s("plan", "part", 1, null, "二、2024年工作安排", 9, 2),
      s("plan-1", "area", 1, 1, "（一）甲", 20, 3), // inline heading with body text
      s("plan-2", "area", 1, 2, "（二）乙", 5, 4),
      s("plan-2-p1", "paragraph", 1, 2, "（二）乙", 30, 5),
    ],
    [{ section_id: "plan-1" }, { section_id: "plan-2-p1" }, { section_id: "plan-2-p1" }],
  );
  expect(outline.map((p) => [p.id, p.heading, p.paragraphs, p.figures, p.chars])).toEqual([
    ["intro-p1", "开篇", 1, 0, 10],
    ["plan", "二、2024年工作安排", 2, 3, 64],
  ]);
  expect(outline[1]!.areas.map((a) => [a.id, a.paragraphs, a.figures, a.chars])).toEqual([
    ["plan-1", 1, 1, 20],
    ["plan-2", 1, 2, 35],
  ]);
});

test("chart labels from headings: the first clause, never cut with an ellipsis", () => {
  expect(headingLabel("一、2023年工作回顾")).toBe("一、2023年工作回顾");
  expect(headingLabel("（一）牢记嘱托担使命，纵深推进能源革命")).toBe("（一）牢记嘱托担使命");
  expect(headingLabel("二、2024年经济社会发展总体要求和政策取向")).toBe("二、2024年经济社会发展总体要求和政策取向");
});

test("target and gap texts: qualifiers kept, % differences in 个百分点", () => {
  expect(statedText({ value: 5, value_max: null, qualifier: "左右" }, "%")).toBe("5%左右");
  expect(statedText({ value: 3, value_max: 5, qualifier: "" }, "家")).toBe("3-5家");
  expect(gapText(-0.8, "%")).toBe("−0.8个百分点");
  expect(gapText(0.1, "万人")).toBe("+0.1万人");
  expect(gapText(null, "%")).toBe("—");
});

test("content hash: same bytes same version, any change a new one", () => {
  const a = contentHash([{ name: "x", bytes: new Uint8Array([1, 2]) }]);
  expect(contentHash([{ name: "x", bytes: new Uint8Array([1, 2]) }])).toBe(a);
  expect(contentHash([{ name: "x", bytes: new Uint8Array([1, 3]) }])).not.toBe(a);
  expect(contentHash([{ name: "y", bytes: new Uint8Array([1, 2]) }])).not.toBe(a);
});

test("JSON-LD: coverage from the manifest, and no text can close the script element", () => {
  const ld = datasetLd({
    name: "n", description: "d", pageUrl: "https://x/data/", absolute: (p) => `https://x/${p}`, version: "v",
    reports: [
      { id: "a", title: "A</script>", place: "阳泉市", review_year: 2023, plan_year: 2024, data_date: "2026-01-02" },
      { id: "b", title: "B", place: "全国", review_year: 2023, plan_year: 2024, data_date: "2026-03-04" },
    ],
    files: [],
  });
  expect(ld).toMatchObject({ "@type": "Dataset", temporalCoverage: "2023/2024", dateModified: "2026-03-04", spatialCoverage: [{ name: "阳泉市" }, { name: "全国" }] });
  expect(jsonLdText(ld)).not.toContain("</script>");
  expect(JSON.parse(jsonLdText(ld))).toEqual(ld);
});
