import { describe, expect, it } from "vitest";
import { loadIndicatorValues } from "./load";

/**
 * A `not_stated` row is shown to readers as 未提及: its note says what the report gives instead (or that it
 * gives nothing), so a reader and an editor can check the absence. A blank note fails here, naming the line.
 */
describe("data/indicator-values.csv not_stated rows", () => {
  const rows = loadIndicatorValues().filter((r) => r.status === "not_stated");
  it("exist (the check has rows to check)", () => expect(rows.length).toBeGreaterThan(10));
  it("each carry a note", () => {
    const blank = rows.filter((r) => r.note.trim() === "").map((r) => `data/indicator-values.csv:${r.line} ${r.indicator} ${r.report_id} ${r.year}: a not_stated row needs a note saying what the report gives instead`);
    expect(blank).toEqual([]);
  });
});
