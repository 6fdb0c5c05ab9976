/**
 * Phone reading, measured in Chromium (checks in src/test/quality/phone-checks.ts):
 *  - every page at 360 px: chart text ≥ 12 px, no number split across lines, no h1 ending in one character;
 *  - every page at 1280 px: no h1 ending in one character;
 *  - every story page at 360×780 and 390×844: at each step change the graphic is ≥ 75% on screen and
 *    ≤ 10% covered, the card that switched it is on screen, and no gap between cards exceeds half a screen.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPage } from "../browser.ts";
import { chartTextProblems, choreographyProblems, headlineProblems, splitNumberProblems } from "../quality/phone-checks.ts";
import { openSite, type E2eSite } from "./site.ts";

const PHONES = [
  { width: 360, height: 780 },
  { width: 390, height: 844 },
] as const;
const storyPage = (urlPath: string) => urlPath === "" || urlPath === "review/" || /^areas\/[^/]+\/$/.test(urlPath);

describe("phone reading", () => {
  let site: E2eSite;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it("at 360 px every chart text is ≥ 12 px, no number breaks across lines, no headline ends with one character", async () => {
    const problems: string[] = [];
    for (const p of site.pages) {
      const opened = await openPage(site.browser, site.server.url + p.urlPath, { viewport: PHONES[0], reducedMotion: "reduce" });
      for (const check of [chartTextProblems, splitNumberProblems, headlineProblems]) problems.push(...(await check(opened.page)).map((m) => `/${p.urlPath}: ${m}`));
      await opened.close();
    }
    expect(site.pages.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  }, 600_000);

  it("at 1280 px no headline ends with one character", async () => {
    const problems: string[] = [];
    for (const p of site.pages.filter((p) => !p.urlPath.startsWith("embed/"))) {
      const opened = await openPage(site.browser, site.server.url + p.urlPath, { viewport: { width: 1280, height: 800 } });
      problems.push(...(await headlineProblems(opened.page)).map((m) => `/${p.urlPath}: ${m}`));
      await opened.close();
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it.each(PHONES)("every step change is seen: graphic on screen and uncovered, card on screen, no long blank ($width×$height)", async (viewport) => {
    const stories = site.pages.filter((p) => storyPage(p.urlPath));
    expect(stories.length).toBeGreaterThanOrEqual(11);
    const problems: string[] = [];
    for (const p of stories) {
      const opened = await openPage(site.browser, site.server.url + p.urlPath, { viewport, reducedMotion: "reduce" });
      problems.push(...(await choreographyProblems(opened.page)).map((m) => `/${p.urlPath}: ${m}`));
      await opened.close();
    }
    expect(problems).toEqual([]);
  }, 600_000);
});
