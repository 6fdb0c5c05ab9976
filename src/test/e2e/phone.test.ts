/**
 * Scrollytelling on phones, measured in Chromium (src/test/quality/phone-checks.ts). The per-page phone
 * checks (chart text ≥ 12 px, no split numbers, no one-character h1 line) run in the page-visit pass
 * (quality/visit-checks.ts); this file scrolls the stories:
 *  - every story page at 360×780 and 390×844: at each step change the graphic is ≥ 75% on screen and
 *    ≤ 10% covered, the card that switched it is on screen, and no gap between cards exceeds half a screen.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inTabs } from "../browser.ts";
import { choreographyProblems } from "../quality/phone-checks.ts";
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

  it.each(PHONES)("every step change is seen: graphic on screen and uncovered, card on screen, no long blank ($width×$height)", async (viewport) => {
    const stories = site.pages.filter((p) => storyPage(p.urlPath));
    expect(stories.length).toBeGreaterThanOrEqual(11);
    // Stories are scrolled side by side: each waits on its own animation frames.
    const found = new Map<string, string[]>();
    await inTabs(site.browser, { viewport, reducedMotion: "reduce" }, 4, stories, async (p, tab) => {
      const { page } = await tab.visit(site.server.url + p.urlPath);
      found.set(p.urlPath, (await choreographyProblems(page)).map((m) => `/${p.urlPath}: ${m}`));
    });
    expect(stories.flatMap((p) => found.get(p.urlPath)!)).toEqual([]);
  }, 600_000);
});
