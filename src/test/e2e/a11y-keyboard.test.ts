/**
 * Keyboard use of a story page in Chromium: the skip link is the first Tab stop and moves focus to
 * <main>; with Tab alone a reader reaches the steps' source links, the chart's text alternative and
 * data table, the embed control and its copy button, and chart marks (focus shows the tooltip);
 * Enter/Space operate them; every Tab stop shows a visible focus indicator.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DESKTOP_VIEWPORT, inTabs, MOBILE_VIEWPORT, openPage, type Tab } from "../browser.ts";
import { areaPages, openSite, type E2eSite } from "./site.ts";

/** Tab stops can be many (each chart mark is one); the walk stops once every kind has been seen. */
const MAX_TABS = 600;
const KINDS = ["step-source", "chart-details", "embed-summary", "copy-button", "mark"] as const;
type Kind = (typeof KINDS)[number];

interface Stop {
  kind: Kind | "other";
  label: string;
  focusVisible: boolean;
  /** For marks: the tooltip is shown and says what the mark's <title> says. */
  tooltipMatches: boolean;
}

/** Describes document.activeElement: what it is and whether its focus can be seen. */
function describeFocus(page: Page): Promise<Stop> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { kind: "other", label: "body", focusVisible: false, tooltipMatches: false } as const;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== "none";
    const kind = el.matches(".step .step__source a")
      ? "step-source"
      : el.matches("figure.chart-figure details:not(.embed-control) > summary, details.chart-tools > summary")
        ? "chart-details"
        : el.matches(".embed-control > summary")
          ? "embed-summary"
          : el.matches("button.embed-copy")
            ? "copy-button"
            : el.matches("[data-tip]")
              ? "mark"
              : "other";
    const tip = document.getElementById("chart-tooltip");
    const title = el.querySelector(":scope > title")?.textContent?.trim() ?? "";
    const tooltipMatches = !!tip && !tip.hidden && title !== "" && tip.textContent === title;
    const label = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.split(" ")[0]}` : ""}> "${(el.textContent ?? "").trim().slice(0, 20)}"`;
    return { kind, label, focusVisible: outline || ring, tooltipMatches } as const;
  }) as Promise<Stop>;
}

describe("keyboard use of an area story", () => {
  let site: E2eSite;
  let urlPath = "";
  let allAreas: string[] = [];
  beforeAll(async () => {
    site = await openSite();
    allAreas = areaPages(site.pages).map((p) => p.urlPath);
    // The skip-link checks use the first area story; the Tab walk covers every one.
    urlPath = allAreas[0] ?? "";
  });
  afterAll(async () => site?.close());

  it("there is an area story to test", () => expect(urlPath).not.toBe(""));

  it.each([DESKTOP_VIEWPORT, MOBILE_VIEWPORT])("the skip link comes first and moves focus to main ($width px)", async (viewport) => {
    const opened = await openPage(site.browser, site.server.url + urlPath, { viewport: { ...viewport } });
    try {
      await opened.page.keyboard.press("Tab");
      const first = await opened.page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const box = el.getBoundingClientRect();
        return { skip: el.matches("a.skip-link"), onScreen: box.top >= 0 && box.bottom <= innerHeight && box.width > 0 };
      });
      expect(first).toEqual({ skip: true, onScreen: true });
      expect((await describeFocus(opened.page)).focusVisible, "skip link focus indicator").toBe(true);
      await opened.page.keyboard.press("Enter");
      expect(await opened.page.evaluate(() => document.activeElement?.id)).toBe("main");
      // The next Tab stop is inside main, not back in the header.
      await opened.page.keyboard.press("Tab");
      expect(await opened.page.evaluate(() => !!document.activeElement?.closest("main"))).toBe(true);
    } finally {
      await opened.close();
    }
  });

  it.each([DESKTOP_VIEWPORT, MOBILE_VIEWPORT])("Tab reaches every control, Enter/Space operate them, focus is always visible ($width px)", async (viewport) => {
    // Stories side by side: each walk presses keys in its own page.
    await inTabs(site.browser, { viewport: { ...viewport } }, 4, allAreas, walkWithTab);
  }, 600_000);

  async function walkWithTab(urlPath: string, tab: Tab): Promise<void> {
    const { page } = await tab.visit(site.server.url + urlPath);
    const seen = new Set<Kind>();
    const invisible: string[] = [];
    const silentMarks: string[] = [];
    const operated: string[] = [];
    const lost: string[] = [];
    let previous = "";
    for (let i = 0; i < MAX_TABS && seen.size < KINDS.length; i++) {
      await page.keyboard.press("Tab");
      const stop = await describeFocus(page);
      if (stop.label === "body") {
        // Past the last stop focus leaves the document and the next Tab wraps to the skip link;
        // anywhere else, <body> means the focused element vanished (e.g. its state was hidden).
        await page.keyboard.press("Tab");
        const wrapped = await page.evaluate(() => !!document.activeElement?.matches("a.skip-link"));
        if (!wrapped) lost.push(`after ${previous}`);
        break;
      }
      previous = stop.label;
      if (!stop.focusVisible) invisible.push(stop.label);
      if (stop.kind === "other") continue;
      if (stop.kind === "mark" && !stop.tooltipMatches) silentMarks.push(stop.label);
      if (seen.has(stop.kind)) continue;
      seen.add(stop.kind);
      if (stop.kind === "chart-details") {
        // Enter opens the text alternative; its table is then shown.
        await page.keyboard.press("Enter");
        const open = await page.evaluate(() => {
          const details = document.activeElement?.parentElement as HTMLDetailsElement;
          const table = details.querySelector("table");
          return details.open && !!table && table.getBoundingClientRect().height > 0;
        });
        if (open) operated.push("chart-details");
      } else if (stop.kind === "embed-summary") {
        // Space opens the embed code; the copy button inside becomes the next stops' target.
        await page.keyboard.press(" ");
        if (await page.evaluate(() => (document.activeElement?.parentElement as HTMLDetailsElement).open)) operated.push("embed-summary");
      } else if (stop.kind === "copy-button") {
        // Copying selects the code (focus moves to it), so the status element is looked up first.
        const statusId = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.status ?? "");
        await page.keyboard.press("Enter");
        const status = await page
          .waitForFunction((id) => document.getElementById(id)?.textContent?.trim() || false, statusId, { timeout: 3000 })
          .then((h) => h.jsonValue())
          .catch(() => "");
        if (status) operated.push("copy-button");
      }
    }
    expect(lost, `${urlPath}: focus fell back to <body>`).toEqual([]);
    expect([...seen].sort(), `${urlPath}: kinds of control reached with Tab`).toEqual([...KINDS].sort());
    expect(operated.sort(), `${urlPath}: operated with Enter/Space`).toEqual(["chart-details", "copy-button", "embed-summary"]);
    expect(invisible, `${urlPath}: Tab stops without a visible focus indicator`).toEqual([]);
    expect(silentMarks, `${urlPath}: chart marks whose focus shows no matching tooltip`).toEqual([]);

    // A step's source link follows with Enter to its sentence in the report.
    const link = page.locator(".step .step__source a").first();
    const target = new URL((await link.getAttribute("href")) ?? "", page.url()).href;
    await link.focus();
    await Promise.all([page.waitForURL(target), page.keyboard.press("Enter")]);
    expect(page.url()).toBe(target);
  }
});
