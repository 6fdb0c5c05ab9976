/** The chart text fit check (phone-checks.ts) on hand-made charts: what it reports and what it passes. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, MOBILE_VIEWPORT } from "../browser.ts";
import { chartFitProblems } from "./phone-checks.ts";

const chart = (id: string, body: string) =>
  `<svg id="${id}" class="chart" viewBox="0 0 340 100" width="340" style="font: 12px 'DejaVu Sans'">${body}</svg>`;

describe("chartFitProblems", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it("reports text past the viewBox, overlapping texts and labels run together, and passes a clean chart", async () => {
    const page = await browser.newPage({ viewport: { ...MOBILE_VIEWPORT } });
    await page.setContent(`<!doctype html><body style="margin:0">
      ${chart("clean", `<text x="10" y="20">Yangquan</text><text x="200" y="20">China</text><text x="10" y="60"><title>tooltip, not drawn</title>around 5%</text>`)}
      ${chart("bad", `<text x="-12" y="20">Yangquan</text><text x="300" y="50">2024 target 10% or more</text><text x="100" y="80">overlap one</text><text x="110" y="82">overlap two</text>`)}
      ${chart("ticks", `<text x="100" y="90" text-anchor="end">10</text><text x="100.5" y="90">15</text>`)}
    </body>`);
    const problems = await chartFitProblems(page);
    await page.close();
    expect(problems.filter((p) => p.includes("chart clean"))).toEqual([]);
    expect(problems).toContainEqual(expect.stringMatching(/^chart bad: text "Yangquan" runs past the left by 1\d px/));
    expect(problems).toContainEqual(expect.stringMatching(/^chart bad: text "2024 target 10% or more" runs past the right by \d+ px/));
    expect(problems).toContainEqual(expect.stringMatching(/^chart bad: texts "overlap one" and "overlap two" overlap by \d+×\d+ px/));
    expect(problems).toContainEqual(expect.stringMatching(/^chart ticks: texts "10" and "15" are \d px apart on one line/));
    expect(problems).toHaveLength(4);
  }, 60_000);
});
