import { describe, expect, it } from "vitest";
import { PUBLISHED_CHART_IDS } from "../specs/published-ids";
import { allCharts, chartById, editionOfChart } from "./index";

/**
 * Journalists' embed codes carry chart ids (`/embed/<id>/`), so a published id must keep working
 * for ever. `published-chart-ids.json` is the register: published id → the id of the chart that now
 * serves it. Renaming a chart (as when ids gained their edition, `demand-sectors` → `yq2024-demand-sectors`)
 * points the old id at the new one, and the chart lists it as an alias; a new chart is added on purpose.
 */
const published = Object.entries(PUBLISHED_CHART_IDS);

describe("published chart ids", () => {
  it.each(published)("%s still resolves, to %s", (id, current) => {
    expect(chartById(id).id).toBe(current);
  });
  it("every chart on the site is in the register under its own id", () => {
    const unregistered = allCharts().map((c) => c.id).filter((id) => PUBLISHED_CHART_IDS[id] !== id);
    expect(unregistered, "add new chart ids to src/stories/published-chart-ids.json").toEqual([]);
  });
  it("every chart id carries its edition", () => {
    for (const chart of allCharts()) expect(chart.id.startsWith(`${editionOfChart(chart).id}-`), chart.id).toBe(true);
  });
});
