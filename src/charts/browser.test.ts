import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../test/browser";
import { loadAreas } from "../data/load";
import { ROLE_COLORS } from "./shared/palette";
import { chartColorsCss } from "../site/chart-colors-plugin";

// Every committed chart snapshot, on one page with charts.css, in a real Chromium: axe must find nothing,
// and the class colours must reach the marks (currentColor resolves at the classed element).
const snapshotDir = new URL("./__snapshots__/", import.meta.url);
const snapshots = readdirSync(snapshotDir).filter((f) => f.endsWith(".svg") && !f.endsWith("-changed.svg"));
// charts.css and then the generated colours, as the layouts import them.
const css = readFileSync(new URL("../styles/charts.css", import.meta.url), "utf8") + chartColorsCss();
const industry = loadAreas().find((a) => a.slug === "industry")!;
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

function page(theme: "light" | "dark"): string {
  const figures = snapshots.map((f) => `<figure>${readFileSync(new URL(f, snapshotDir), "utf8")}</figure>`).join("\n");
  return `<!DOCTYPE html><html lang="zh-CN" data-theme="${theme}"><head><meta charset="utf-8"><title>charts</title><style>${css} body{background:var(--c-background);color:var(--c-text);margin:16px;max-width:640px}</style></head><body><main><h1>charts</h1>${figures}</main></body></html>`;
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;

describe("chart snapshots in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(["light", "dark"] as const)("are axe-clean and coloured by class (%s)", async (theme) => {
    expect(snapshots.length).toBeGreaterThanOrEqual(10);
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme: theme });
    try {
      const tab = await context.newPage();
      await tab.setContent(page(theme));
      await tab.addScriptTag({ path: axePath });
      const violations = await tab.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(document, {
          runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa", "best-practice"] },
        });
        return result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${JSON.stringify(v.nodes[0]?.target)}`);
      });
      expect(violations).toEqual([]);
      const fills = await tab.evaluate(() => ({
        target: getComputedStyle(document.querySelector("#dumbbell .c-target circle, #dumbbell .c-target path")!).fill,
        area: getComputedStyle(document.querySelector("#attention .c-area-industry rect")!).fill,
        smallestFont: Math.min(...[...document.querySelectorAll("svg.chart text")].map((t) => parseFloat(getComputedStyle(t).fontSize))),
      }));
      expect(fills).toEqual({ target: rgb(ROLE_COLORS[theme].target), area: rgb(theme === "light" ? industry.color : industry.color_dark), smallestFont: 12 });
    } finally {
      await context.close();
    }
  });
});
