import { beforeAll, describe, expect, it } from "vitest";
import { partKind } from "./structure.ts";
import { extractSeed, extractShanxi, seedPresent, shanxiPresent } from "./test-support.ts";
import type { SectionRow } from "./types.ts";

const areaIds = (sections: SectionRow[], part: string): string[] =>
  sections.filter((s) => s.kind === "area" && s.part === part).map((s) => s.id);
const parts = (sections: SectionRow[]): string[] => sections.filter((s) => s.kind === "part").map((s) => `${s.part_no}:${s.part}:${s.id}`);

describe("part kinds", () => {
  it.each([
    ["2023年工作回顾", "review"],
    ["2024年工作安排", "plan"],
    ["2024年政府工作任务", "plan"],
    ["全面提升政府治理能力和水平", "governance"],
    ["加强政府自身建设", "governance"],
    ["2024年经济社会发展总体要求和政策取向", "other"],
  ])("%s → %s", (heading, kind) => expect(partKind(heading)).toBe(kind));
});

describe("yangquan-2024 structure", () => {
  const { sections } = extractSeed("yangquan-2024");
  it("has the three parts, 8 review areas and 9 plan areas", () => {
    expect(parts(sections)).toEqual(["1:review:review", "2:plan:plan", "3:governance:governance"]);
    expect(areaIds(sections, "review")).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `review-${n}`));
    expect(areaIds(sections, "plan")).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `plan-${n}`));
  });
  it("has one row per non-blank line with unique ids and contract fields", () => {
    expect(sections).toHaveLength(87);
    expect(new Set(sections.map((s) => s.id)).size).toBe(sections.length);
    expect(sections[0]).toMatchObject({ id: "intro-p1", line: 1, order: 1, part_no: 0, part: "intro", kind: "paragraph", para_no: 1 });
  });
  it("gives inline area headings up to the first 。 and keeps closing paragraphs in the part", () => {
    const r1 = sections.find((s) => s.id === "review-1")!;
    expect(r1.heading).toBe("（一）牢记嘱托担使命，纵深推进能源革命");
    expect(r1.text.startsWith(r1.heading + "。")).toBe(true);
    const after = sections[sections.indexOf(sections.find((s) => s.id === "review-8")!) + 1]!;
    expect(after).toMatchObject({ id: "review-p8", area_no: null, kind: "paragraph" });
  });
  it("puts paragraphs under standalone plan area headings", () => {
    const p = sections.find((s) => s.id === "plan-6-p2")!;
    expect(p).toMatchObject({ kind: "paragraph", part: "plan", area_no: 6, para_no: 2 });
    expect(p.heading.startsWith("（六）")).toBe(true);
    expect(p.text.startsWith("推进乡村全面振兴")).toBe(true);
  });
});

// Texts outside the repository (../shared/reports): skipped in a clone without them.
describe.runIf(seedPresent("national-2024"))("national-2024 structure", () => {
  let sections: SectionRow[] = [];
  beforeAll(() => void ({ sections } = extractSeed("national-2024")));
  it("has review, an other part 2 and 10 plan areas under part 三", () => {
    expect(parts(sections)).toEqual(["1:review:review", "2:other:part2", "3:plan:plan"]);
    expect(areaIds(sections, "plan")).toHaveLength(10);
    expect(sections.find((s) => s.id === "plan-1-p1")!.text.startsWith("推动产业链供应链优化升级")).toBe(true);
  });
});

describe.runIf(shanxiPresent())("shanxi-2025 structure (full-width indents, other report)", () => {
  let sections: SectionRow[] = [];
  beforeAll(() => void ({ sections } = extractShanxi()));
  it("has 5 review areas and 7 plan areas", () => {
    expect(parts(sections)).toEqual(["1:review:review", "2:plan:plan", "3:governance:governance"]);
    expect(areaIds(sections, "review")).toHaveLength(5);
    expect(areaIds(sections, "plan")).toHaveLength(7);
  });
  it("strips the full-width indent", () => {
    expect(sections.every((s) => !s.text.startsWith("\u3000"))).toBe(true);
    expect(sections.find((s) => s.line === 7)!.text.startsWith("刚刚过去的2024年")).toBe(true);
  });
});
