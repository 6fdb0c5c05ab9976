import { describe, expect, it } from "vitest";
import { areaAttentionRows, isInArea } from "./area-attention";

const areas = [
  { area_no: 2, slug: "industry", section_id: "plan-2", short_zh: "产业" },
  { area_no: 1, slug: "demand", section_id: "plan-1", short_zh: "内需" },
];
const sections = [
  { id: "plan-1", chars: 10 },
  { id: "plan-1-p1", chars: 30 },
  { id: "plan-2", chars: 5 },
  { id: "plan-2-p1", chars: 7 },
  { id: "plan-10-p1", chars: 1000 },
];
const figures = [
  { id: "plan-1-p1-f1", section_id: "plan-1-p1" },
  { id: "plan-10-p1-f1", section_id: "plan-10-p1" },
];

describe("areaAttentionRows", () => {
  it("sums an area's heading and paragraphs, in area order, and never counts plan-10 as plan-1", () => {
    const rows = areaAttentionRows({ areas, sections, figures });
    expect(rows.map((r) => [r.area, r.chars, r.figures])).toEqual([
      ["demand", 40, 1],
      ["industry", 12, 0],
    ]);
    expect(rows[0]!.figureIds).toEqual(["plan-1-p1-f1"]);
    expect(rows[1]!.sourceIds).toEqual(["plan-2"]);
  });
  it("lists every area whose heading is missing, at once (any slug: colours come with areas.csv rows)", () => {
    const bad = [...areas, { area_no: 3, slug: "nowhere", section_id: "plan-3", short_zh: "无" }, { area_no: 4, slug: "elsewhere", section_id: "plan-4", short_zh: "无" }];
    expect(() => areaAttentionRows({ areas: bad, sections, figures })).toThrow(/area 3 \(nowhere\): no section "plan-3"; area 4 \(elsewhere\): no section "plan-4"/);
  });
  it("isInArea matches the heading and its children only", () => {
    expect(isInArea("plan-6", "plan-6")).toBe(true);
    expect(isInArea("plan-6-p2", "plan-6")).toBe(true);
    expect(isInArea("plan-60", "plan-6")).toBe(false);
  });
});
