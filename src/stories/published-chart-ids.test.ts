import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allCharts, chartById } from "./index";

/**
 * Journalists' embed codes carry chart ids (`/embed/<id>/`), so a published id must keep working
 * for ever. `published-chart-ids.json` is the register: renaming a chart means moving its old id
 * into the chart's `aliases`; a new chart is added to the register on purpose.
 */
const published: string[] = JSON.parse(readFileSync(new URL("./published-chart-ids.json", import.meta.url), "utf8"));

describe("published chart ids", () => {
  it.each(published)("%s still resolves to a chart (its own id or an alias)", (id) => {
    expect(() => chartById(id)).not.toThrow();
  });
  it("every chart on the site is in the register", () => {
    const unregistered = allCharts().map((c) => c.id).filter((id) => !published.includes(id));
    expect(unregistered, "add new chart ids to src/stories/published-chart-ids.json").toEqual([]);
  });
});
