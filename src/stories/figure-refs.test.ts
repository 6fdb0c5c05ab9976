import { describe, expect, it } from "vitest";
import { allStories } from "./index";
import { figureById } from "../data/load";
import { siteEdition } from "../edition";

/**
 * Copy and charts cite figures by id (`plan-6-p2-f2`). Ids are positional, so a re-extraction that
 * finds one more figure earlier in a paragraph would silently point the copy at another number.
 * This lock records what every cited id says; when it changes, the copy must be re-read and the
 * snapshot accepted on purpose (`npx vitest run -u src/stories/figure-refs.test.ts`).
 */
function citedQuotes(): Record<string, string> {
  const cited = new Map<string, string>();
  const cite = (reportId: string, id: string) => {
    const figure = figureById(reportId, id);
    if (!figure) throw new Error(`data/${reportId}/figures.csv: no figure "${id}"`);
    cited.set(`${reportId}/${id}`, figure.quote);
  };
  for (const story of allStories()) {
    const copies = [story.dek, ...story.steps.map((s) => s.text), ...story.charts.flatMap((c) => [c.takeaway, ...(c.note ? [c.note] : [])])];
    for (const copy of copies) for (const m of copy.matchAll(/\{(?:fig|val):([^{}]+)\}/g)) cite(siteEdition().reportId, m[1]!);
    for (const chart of story.charts) for (const id of chart.figureIds) cite(chart.reportId, id);
  }
  return Object.fromEntries([...cited].sort(([a], [b]) => a.localeCompare(b)));
}

describe("figures cited by stories", () => {
  it("still say what they said when the copy was written", async () => {
    await expect(JSON.stringify(citedQuotes(), null, 1) + "\n").toMatchFileSnapshot("./__snapshots__/figure-refs.json");
  });
});
