/**
 * Area stories in the browser: scrolling activates every step in order and swaps the graphic,
 * a #step-3 deep link shows step 3 at once, and without JavaScript everything is readable.
 */
import { parseHTML } from "linkedom";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DESKTOP_VIEWPORT, inTabs, MOBILE_VIEWPORT } from "../browser.ts";
import { SITE_DIR } from "../paths.ts";
import { readPage } from "../quality/site-pages.ts";
import { areaPages, openSite, type E2eSite } from "./site.ts";

/**
 * Scrolls down in 120 px increments and records each change of the active step and visible state.
 * Runs inside the page: after each scroll it waits two animation frames (the scroll event, then the
 * script's requestAnimationFrame update), so it waits on the page's own frames, not on a timer.
 */
function scrollThrough(page: Page): Promise<{ steps: string[]; states: string[] }> {
  return page.evaluate(async () => {
    const steps: string[] = [];
    const states: string[] = [];
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const height = document.documentElement.scrollHeight;
    for (let y = 0; y <= height; y += 120) {
      window.scrollTo(0, y);
      await frame();
      await frame();
      const step = document.querySelector(".step.is-active")?.getAttribute("data-step") ?? "";
      const state = document.querySelector(".state.is-active svg")?.id ?? "";
      if (step && step !== steps.at(-1)) steps.push(step);
      if (state && state !== states.at(-1)) states.push(state);
    }
    return { steps, states };
  });
}

describe("area stories", () => {
  let site: E2eSite;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it("there is at least one area story", () => expect(areaPages(site.pages).length).toBeGreaterThan(0));

  it.each([MOBILE_VIEWPORT, DESKTOP_VIEWPORT])("scrolling activates every step in order and changes the graphic ($width px)", async (viewport) => {
    // Pages scroll side by side (each waits on its own frames); results are compared in page order.
    const seen = new Map<string, { count: number; steps: string[]; states: string[]; activeState: number }>();
    await inTabs(site.browser, { viewport: { ...viewport } }, 4, areaPages(site.pages), async (p, tab) => {
      const { page } = await tab.visit(site.server.url + p.urlPath);
      const count = await page.locator(".step").count();
      const { steps, states } = await scrollThrough(page);
      const activeState = await page.locator(".state.is-active").count();
      seen.set(p.urlPath, { count, steps, states, activeState });
    });
    for (const p of areaPages(site.pages)) {
      const { count, steps, states, activeState } = seen.get(p.urlPath)!;
      expect(steps, p.urlPath).toEqual(Array.from({ length: count }, (_, i) => String(i + 1)));
      expect(states.length, `${p.urlPath}: distinct graphics seen while scrolling`).toBe(count);
      expect(activeState, `${p.urlPath}: exactly one visible state`).toBe(1);
    }
  }, 300_000);

  it("a #step-3 deep link shows step 3's state at once, without replaying earlier steps", async () => {
    await inTabs(site.browser, {}, 1, areaPages(site.pages), async (p, tab) => {
      const { page } = await tab.visit(`${site.server.url}${p.urlPath}#step-3`, { waitUntil: "domcontentloaded" });
      await page.waitForFunction(() => document.querySelector("[data-scrolly]")?.getAttribute("data-active-step") === "3", null, { timeout: 2000 });
      const seen = await page.evaluate(() => ({
        step: [...document.querySelectorAll(".step.is-active")].map((e) => e.id),
        state: [...document.querySelectorAll(".state.is-active")].map((e) => e.getAttribute("data-step")),
        instant: document.querySelector("[data-scrolly]")?.classList.contains("no-anim"),
        opacity: getComputedStyle(document.querySelector(".state.is-active")!).opacity,
      }));
      expect(seen, p.urlPath).toEqual({ step: ["step-3"], state: ["3"], instant: true, opacity: "1" });
    });
  });

  it("each area page has at least one Plot chart and one D3 chart", async () => {
    // Which library drew a chart is in the built HTML (data-renderer): read from the file, no browser.
    for (const p of areaPages(site.pages)) {
      const { document } = parseHTML(await readPage(SITE_DIR, p));
      const plot = document.querySelector("figure[data-chart-ref][data-renderer=plot]") !== null;
      const d3 = document.querySelector("figure[data-chart-ref][data-renderer=d3]") !== null;
      expect({ page: p.urlPath, plot, d3 }).toEqual({ page: p.urlPath, plot: true, d3: true });
    }
  });

  it.each([MOBILE_VIEWPORT, DESKTOP_VIEWPORT])("without JavaScript every chart, step and state is visible, each state after its step ($width px)", async (viewport) => {
    await inTabs(site.browser, { javaScriptEnabled: false, viewport: { ...viewport } }, 1, areaPages(site.pages), async (p, tab) => {
      const { page } = await tab.visit(site.server.url + p.urlPath);
      const result = await page.evaluate(() => {
        const shown = (el: Element) => {
          const r = el.getBoundingClientRect();
          const s = getComputedStyle(el);
          return r.height > 0 && r.width > 0 && s.visibility === "visible" && Number(s.opacity) === 1;
        };
        const hidden = [...document.querySelectorAll("figure[data-chart-ref], .step, .state")].filter((el) => !shown(el)).map((el) => el.id || el.getAttribute("data-step") || el.tagName);
        const outOfOrder = [...document.querySelectorAll(".step")].flatMap((step) => {
          const n = step.getAttribute("data-step");
          const state = document.querySelector(`.state[data-step="${n}"]`);
          const next = document.querySelector(`.step[data-step="${Number(n) + 1}"]`);
          const top = (el: Element | null) => (el ? el.getBoundingClientRect().top + scrollY : Infinity);
          return top(step) < top(state) && top(state) < top(next) ? [] : [`state ${n}`];
        });
        const charts = document.querySelectorAll("figure[data-chart-ref] svg").length;
        const stepText = [...document.querySelectorAll(".step")].every((s) => (s.textContent ?? "").trim().length > 10);
        return { hidden, outOfOrder, charts, stepText };
      });
      expect(result.hidden, p.urlPath).toEqual([]);
      expect(result.outOfOrder, p.urlPath).toEqual([]);
      expect(result.charts, p.urlPath).toBeGreaterThan(0);
      expect(result.stepText, p.urlPath).toBe(true);
    });
  });
});
