import { describe, expect, it } from "vitest";
import { namedMeasures } from "./named-measures";

describe("namedMeasures", () => {
  it("takes the theme from the paragraph's lead phrase and keeps names as written", () => {
    const rows = namedMeasures([{ sectionId: "plan-9-p2", names: ["国务院安委会八条硬措施", "“四不两直”执法检查"] }], "yangquan-2024");
    expect(rows).toEqual([
      { theme: "严抓严管安全生产", name: "国务院安委会八条硬措施", sectionId: "plan-9-p2" },
      { theme: "严抓严管安全生产", name: "“四不两直”执法检查", sectionId: "plan-9-p2" },
    ]);
  });

  it("lists every name missing from its paragraph, a long lead without a theme, and an unknown section at once", () => {
    const specs = [
      { sectionId: "plan-9-p2", names: ["九条硬措施", "“一矿一策”"] },
      { sectionId: "plan-9-p1", names: ["“时时放心不下”"] },
      { sectionId: "plan-99", names: ["x"] },
    ];
    expect(() => namedMeasures(specs, "yangquan-2024")).toThrow(
      /plan-9-p2: "九条硬措施" does not occur[\s\S]*plan-9-p1: lead phrase[\s\S]*give a theme[\s\S]*no section "plan-99"/,
    );
  });
});
