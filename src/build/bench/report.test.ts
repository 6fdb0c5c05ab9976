import { describe, expect, it } from "vitest";
import { perReportGrowth, type BuildRow } from "./report";

const build = (dataset: string, cache: "cold" | "warm", peakRssMb: number, wallMs: number): BuildRow => ({
  dataset,
  cache,
  figures: { wallMs, peakRssMb, pages: 1, files: 1, bytes: 1 },
});

describe("the per-report growth line of the benchmark", () => {
  const datasets = [{ name: "own", reports: 2 }, { name: "corpus", reports: 18 }, { name: "corpus ×6", reports: 98 }];

  it("divides what the largest dataset adds over the smallest by the reports it adds", () => {
    const builds = [build("own", "cold", 1000, 60_000), build("own", "warm", 800, 20_000), build("corpus", "warm", 900, 30_000),
      build("corpus ×6", "cold", 1096, 108_000), build("corpus ×6", "warm", 752, 68_000)];
    expect(perReportGrowth(datasets, builds)).toBe(
      "Per report added (from 2 to 98 reports): cold: +1.0 MB peak RSS and +0.50 s a report; warm: -0.5 MB peak RSS and +0.50 s a report.");
  });

  it("says nothing without two datasets or without their builds", () => {
    expect(perReportGrowth(datasets.slice(0, 1), [build("own", "warm", 800, 1)])).toBe("");
    expect(perReportGrowth(datasets, [build("own", "warm", 800, 1), { dataset: "corpus ×6", cache: "warm", figures: null, error: "x" }])).toBe("");
  });
});
