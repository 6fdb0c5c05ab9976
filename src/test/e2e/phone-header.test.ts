/**
 * The header on a 360 px phone, in both languages (layouts/Base.astro, LanguageLinks.astro, styles/shell.css):
 *  - the sections get the row (the site name sits above it and scrolls away), so several are readable
 *    without swiping, and the language switch sits at the end of that row, named by its language;
 *  - while a story is read the row stays stuck at the top with the switch on it, focusing the switch
 *    does not scroll the page, and the switch leads to the same step in the other language.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPage } from "../browser.ts";
import { openSite, type E2eSite } from "./site.ts";

const PHONE = { width: 360, height: 780 };

describe("the header on a 360 px phone", () => {
  let site: E2eSite;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it.each([
    { path: "", switchName: "English", lang: "en" },
    { path: "en/", switchName: "中文", lang: "zh-CN" },
  ])("/$path: the sections have the row, the switch is named “$switchName”", async ({ path, switchName, lang }) => {
    const opened = await openPage(site.browser, site.server.url + path, { viewport: PHONE });
    const { page } = opened;
    const row = await page.evaluate(() => {
      const nav = document.querySelector(".site-header nav")!.getBoundingClientRect();
      const whole = [...document.querySelectorAll(".site-nav a")].filter((a) => {
        const r = a.getBoundingClientRect();
        return r.left >= nav.left - 0.5 && r.right <= nav.right + 0.5;
      });
      return { navWidth: nav.width, whole: whole.map((a) => a.textContent!.trim()) };
    });
    // Before the two-row header the English nav had no room at all and the Chinese one 2 sections.
    expect(row.navWidth, "width of the sections' row").toBeGreaterThanOrEqual(0.7 * PHONE.width);
    expect(row.whole.length, `sections shown whole: ${row.whole.join(", ")}`).toBeGreaterThanOrEqual(2);
    const link = page.getByRole("link", { name: switchName, exact: true });
    await expect(link.count()).resolves.toBe(1);
    expect(await link.getAttribute("hreflang")).toBe(lang);
    const box = (await link.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    expect(box.width, "tap target width").toBeGreaterThanOrEqual(24);
    await opened.close();
  });

  it("a story: the row stays on screen while reading, and the switch keeps the step", async () => {
    const opened = await openPage(site.browser, site.server.url + "areas/ecology/", { viewport: PHONE, reducedMotion: "reduce" });
    const { page } = opened;
    await page.evaluate(() => {
      const card = document.querySelectorAll(".step")[3]!.querySelector(".step__card")!;
      scrollTo(0, card.getBoundingClientRect().top + scrollY - 0.3 * innerHeight);
    });
    await page.waitForFunction(() => document.querySelector(".step.is-active")?.getAttribute("data-step") === "4");
    const header = await page.evaluate(() => {
      const h = document.querySelector(".site-header")!.getBoundingClientRect();
      const a = document.querySelector(".site-nav a")!.getBoundingClientRect();
      return { bottom: h.bottom, firstSectionTop: a.top };
    });
    const headerH = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).getPropertyValue("--header-h")) * 16);
    expect(Math.round(header.bottom)).toBe(Math.round(headerH));
    expect(header.firstSectionTop).toBeGreaterThanOrEqual(0);
    const link = page.getByRole("link", { name: "English", exact: true });
    const box = (await link.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(headerH + 1);
    // Focus (Shift+Tab back from the story) leaves the page where it was: before, it scrolled half a screen.
    const scrolled = await page.evaluate(() => scrollY);
    await link.focus();
    expect(await page.evaluate(() => scrollY), "scroll position after focusing the switch").toBe(scrolled);
    const target = new URL((await link.getAttribute("href"))!, page.url());
    expect(target.pathname + target.hash).toBe("/en/areas/ecology/#step-4");
    // A tap where the switch is drawn (locator.click() may first scroll the sticky header's box into view).
    await Promise.all([page.waitForURL(/\/en\/areas\/ecology\//), page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)]);
    expect(new URL(page.url()).hash).toBe("#step-4");
    await page.waitForFunction(() => document.querySelector(".step.is-active")?.getAttribute("data-step") === "4");
    await opened.close();
  });
});
