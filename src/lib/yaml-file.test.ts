import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseYamlWith } from "./yaml-file";

const schema = z.object({ id: z.string().regex(/^[a-z]+$/, "lower-case letters"), steps: z.array(z.object({ chart: z.string(), n: z.number().optional() })) });

describe("parseYamlWith(text, schema) places every problem at its line and column", () => {
  it("returns the data when the text is valid", () => {
    const result = parseYamlWith("id: abc\nsteps:\n  - chart: x\n", schema);
    expect(result).toMatchObject({ ok: true, data: { id: "abc", steps: [{ chart: "x" }] } });
    if (result.ok) expect(result.locate(["steps", 0, "chart"])).toEqual({ line: 3, column: 12, value: "x" });
  });

  it("names the bad value, its field and where it is, for every issue at once", () => {
    const result = parseYamlWith("id: ABC\nsteps:\n  - chart: x\n    n: many\n", schema);
    expect(result).toEqual({
      ok: false,
      issues: [
        { line: 1, column: 5, field: "id", value: "ABC", expected: "lower-case letters" },
        { line: 4, column: 8, field: "steps.0.n", value: "many", expected: "Expected number, received string" },
      ],
    });
  });

  it("points a missing field at the object that lacks it", () => {
    const result = parseYamlWith("id: abc\nsteps:\n  - n: 1\n", schema);
    expect(result).toMatchObject({ ok: false, issues: [{ line: 3, column: 5, field: "steps.0.chart", value: null }] });
  });

  it("reports a YAML syntax error with its position", () => {
    const result = parseYamlWith("id: abc\nid: def\n", schema);
    expect(result).toMatchObject({ ok: false, issues: [{ line: 2, field: "yaml" }] });
  });
});
