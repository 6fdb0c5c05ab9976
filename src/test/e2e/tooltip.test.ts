/**
 * Chart tooltips in the browser (src/client/tooltip.ts over the marks' SVG <title>s): on an area page
 * a mouse hover, a tap and keyboard focus each show the mark's own title text; a tap elsewhere and Escape
 * hide it; at 360 px the tooltip stays inside the viewport; every titled mark is one tab stop.
 */
import type { Locator, Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DESKTOP_VIEWPORT, inTabs, MOBILE_VIEWPORT, openPage } from "../browser.ts";
import { areaPages, openSite, type E2eSite } from "./site.ts";

/** The first visible chart mark with a tooltip, scrolled into view, and its own title text. */
async function firstVisibleMark(page: Page): Promise<{ mark: Locator; title: string }> {
  const marks = page.locator(".chart-svg [data-tip]");
  const count = await marks.count();
  for (let i = 0; i < count; i++) {
    const mark = marks.nth(i);
    if (!(await mark.isVisible())) continue;
    await mark.scrollIntoViewIfNeeded();
    const title = (await mark.locator(":scope > title").textContent())?.trim() ?? "";
    return { mark, title };
  }
  throw new Error("no visible chart mark with a <title> on the page");
}

const tooltip = (page: Page) => page.locator("#chart-tooltip");

describe("chart tooltips", () => {
  let site: E2eSite;
  let url = "";
  beforeAll(async () => {
    site = await openSite();
    const area = areaPages(site.pages)[0];
    if (!area) throw new Error("the built site has no area page");
    url = site.server.url + area.urlPath;
  });
  afterAll(async () => site?.close());

  it("every area page's charts carry titled marks, each one tab stop", async () => {
    await inTabs(site.browser, {}, 1, areaPages(site.pages), async (p, tab) => {
      const { page } = await tab.visit(site.server.url + p.urlPath);
      const counts = await page.evaluate(() => {
        const figures = [...document.querySelectorAll(".chart-figure, figure.state")];
        const untitled = figures.filter((f) => f.querySelectorAll(".chart-svg [data-tip]").length === 0).map((f) => f.id || f.querySelector("svg")?.id);
        const marks = [...document.querySelectorAll(".chart-svg [data-tip]")];
        return { figures: figures.length, untitled, notFocusable: marks.filter((m) => m.getAttribute("tabindex") !== "0").length, maxPerChart: Math.max(...figures.map((f) => f.querySelectorAll("[data-tip]").length)) };
      });
      expect(counts.figures, p.urlPath).toBeGreaterThan(0);
      expect(counts.untitled, `${p.urlPath}: charts without a tooltip mark`).toEqual([]);
      expect(counts.notFocusable, p.urlPath).toBe(0);
      expect(counts.maxPerChart, `${p.urlPath}: tab stops in one chart`).toBeLessThanOrEqual(60);
    });
  });

  it("a mouse hover shows the mark's title; moving away hides it", async () => {
    const opened = await openPage(site.browser, url, { viewport: { ...DESKTOP_VIEWPORT } });
    try {
      const { mark, title } = await firstVisibleMark(opened.page);
      expect(title).toMatch(/\S/);
      await mark.hover({ force: true });
      await expect.poll(() => tooltip(opened.page).textContent()).toBe(title);
      expect(await tooltip(opened.page).isVisible()).toBe(true);
      await opened.page.mouse.move(2, 2);
      await expect.poll(() => tooltip(opened.page).isVisible()).toBe(false);
    } finally {
      await opened.close();
    }
  });

  it("a tap shows it inside a 360 px viewport; a tap elsewhere hides it", async () => {
    const context = await site.browser.newContext({ viewport: { ...MOBILE_VIEWPORT }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    try {
      await page.goto(url);
      const { mark, title } = await firstVisibleMark(page);
      await mark.tap({ force: true });
      await expect.poll(() => tooltip(page).textContent()).toBe(title);
      const box = (await tooltip(page).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(MOBILE_VIEWPORT.width);
      expect(box.y).toBeGreaterThanOrEqual(0);
      await page.locator("h1").first().tap();
      await expect.poll(() => tooltip(page).isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });

  it("keyboard focus shows it and links it with aria-describedby; Escape hides it; axe stays clean", async () => {
    const opened = await openPage(site.browser, url, { reducedMotion: "reduce" });
    try {
      const { mark, title } = await firstVisibleMark(opened.page);
      await mark.focus();
      await expect.poll(() => tooltip(opened.page).textContent()).toBe(title);
      expect(await mark.getAttribute("aria-describedby")).toBe("chart-tooltip");
      const axe = await new AxeBuilder({ page: opened.page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
      await opened.page.keyboard.press("Escape");
      await expect.poll(() => tooltip(opened.page).isVisible()).toBe(false);
      expect(await mark.getAttribute("aria-describedby")).toBeNull();
    } finally {
      await opened.close();
    }
  });
});
